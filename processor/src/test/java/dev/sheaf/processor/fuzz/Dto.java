package dev.sheaf.processor.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * One type a case declares, as the generator shapes it before writing it out: a projection, or a
 * plain type the projections use (an enum, a class that is no projection).
 */
final class Dto {
  enum Kind { RECORD, CLASS, ABSTRACT_CLASS, INTERFACE, ENUM, ANNOTATION }

  /** Where it is declared. Every place but TOP wraps it in a holder class named for it. */
  enum Place { TOP, NESTED, INNER, PRIVATE_NESTED, IN_PRIVATE_HOLDER }

  /** The constructor a class declares (records always have theirs). */
  enum Constructor { ALL_FIELDS, PRIVATE, NONE, PARTIAL, REVERSED, BOXED }

  final String name;
  /** Its package: the case's, or a subpackage of it; empty for the default package. */
  final String packageName;
  Kind kind = Kind.RECORD;
  Place place = Place.TOP;
  /** Declared inside this other type of the case instead of a holder; null for none. */
  Dto enclosing;
  String typeParameters = "";
  /** The @Projection annotation; null for a plain type. */
  Ann projection;
  final List<Member> members = new ArrayList<>();
  Constructor constructor = Constructor.ALL_FIELDS;
  /** The access of an ALL_FIELDS constructor: "public ", "protected " or "". */
  String constructorAccess = "public ";
  /** Extra lines of the body: constants, methods, enum constants. */
  final List<String> body = new ArrayList<>();
  /** The key's Java type, for the caller of a valid projection. */
  String keyType;

  Dto(String name, String packageName) {
    this.name = name;
    this.packageName = packageName;
  }

  boolean isProjection() {
    return projection != null;
  }

  boolean isClass() {
    return kind == Kind.CLASS || kind == Kind.ABSTRACT_CLASS;
  }

  String holder() {
    return name + "Holder";
  }

  /**
   * The name other types of the case use for it: qualified (but in the default package), so a
   * type of another package of the case may use it too.
   */
  String typeName() {
    return packageName.isEmpty() ? localName() : packageName + "." + localName();
  }

  /** Its name in its package: the holders or types it is declared in, then its own. */
  String localName() {
    if (enclosing != null) {
      return enclosing.localName() + "." + name;
    }
    return switch (place) {
      case TOP -> name;
      case NESTED, INNER, PRIVATE_NESTED -> holder() + "." + name;
      case IN_PRIVATE_HOLDER -> name + "Outer." + holder() + "." + name;
    };
  }

  /** The simple name of the repository Sheaf writes for it: enclosing names joined by '_'. */
  String repositoryName() {
    return localName().replace('.', '_') + "Repository";
  }

  String qualifiedRepository() {
    return packageName.isEmpty() ? repositoryName() : packageName + "." + repositoryName();
  }
}
