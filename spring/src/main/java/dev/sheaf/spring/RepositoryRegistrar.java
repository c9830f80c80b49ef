package dev.sheaf.spring;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.Map;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.util.ClassUtils;

/**
 * Makes every repository in the processor's index (see {@link RepositoryIndex}) a singleton
 * bean named by its class name, built with the application's {@link Jdbi}: no classpath scan.
 * A repository the application already defines a bean of is left to it (one made with another
 * Jdbi, say, for a second database).
 */
final class RepositoryRegistrar implements BeanDefinitionRegistryPostProcessor, BeanClassLoaderAware {
  private ClassLoader classLoader = ClassUtils.getDefaultClassLoader();

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    if (!(registry instanceof ListableBeanFactory beans)) {
      throw new IllegalStateException("Sheaf's repositories need a ListableBeanFactory, not "
          + registry.getClass().getName());
    }
    for (Map.Entry<String, URL> listed : RepositoryIndex.read(classLoader).entrySet()) {
      Class<?> type = repositoryClass(listed.getKey(), listed.getValue());
      if (beans.getBeanNamesForType(type, true, false).length == 0
          && !registry.containsBeanDefinition(type.getName())) {
        registry.registerBeanDefinition(type.getName(), definition(type, beans));
      }
    }
  }

  private Class<?> repositoryClass(String name, URL index) {
    try {
      return ClassUtils.forName(name, classLoader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(index + " lists the Sheaf repository " + name
          + ", which is not on the classpath: rebuild the module it came from", e);
    }
  }

  private static <T> RootBeanDefinition definition(Class<T> type, ListableBeanFactory beans) {
    Constructor<T> constructor = constructor(type);
    RootBeanDefinition definition =
        new RootBeanDefinition(type, () -> BeanUtils.instantiateClass(constructor, jdbi(type, beans)));
    definition.setDescription("Sheaf repository, from " + RepositoryIndex.RESOURCE);
    return definition;
  }

  private static <T> Constructor<T> constructor(Class<T> type) {
    try {
      Constructor<T> constructor = type.getConstructor(Jdbi.class);
      if (Modifier.isPublic(type.getModifiers())) {
        return constructor;
      }
    } catch (NoSuchMethodException e) {
      // reported below, with the fix
    }
    throw new IllegalStateException(RepositoryIndex.RESOURCE + " lists " + type.getName()
        + ", which has no public constructor taking a Jdbi: it is not a Sheaf repository, or one"
        + " from a Sheaf older than sheaf-spring; rebuild it with this Sheaf");
  }

  /** The application's Jdbi, or an exception that says why there is none. */
  private static Jdbi jdbi(Class<?> repository, ListableBeanFactory beans) {
    Jdbi jdbi = beans.getBeanProvider(Jdbi.class).getIfAvailable();
    if (jdbi == null) {
      throw new NoDataSourceException(
          repository.getName(), beans.getBeanNamesForType(DataSource.class, true, false).length);
    }
    return jdbi;
  }

  /** Nothing to do: the definitions were added before the factory was post-processed. */
  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {}
}
