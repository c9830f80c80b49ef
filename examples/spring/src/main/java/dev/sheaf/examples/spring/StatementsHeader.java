package dev.sheaf.examples.spring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Puts {@code X-Sql-Statements} on every response with a body: counting starts when a handler
 * takes the request, and the header is set just before the body is written, once the
 * controller's loads are done (the header cannot follow a body already sent).
 */
@ControllerAdvice
public class StatementsHeader
    implements HandlerInterceptor, ResponseBodyAdvice<Object>, WebMvcConfigurer {
  static final String HEADER = "X-Sql-Statements";

  private final StatementsPerRequest counter;

  StatementsHeader(StatementsPerRequest counter) {
    this.counter = counter;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    counter.start();
    return true;
  }

  @Override
  public void afterCompletion(HttpServletRequest request, HttpServletResponse response,
      Object handler, Exception failure) {
    counter.stop();
  }

  @Override
  public boolean supports(MethodParameter returnType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
      ServerHttpResponse response) {
    response.getHeaders().set(HEADER, Long.toString(counter.count()));
    return body;
  }
}
