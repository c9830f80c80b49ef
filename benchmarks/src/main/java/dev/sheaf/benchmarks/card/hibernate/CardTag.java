package dev.sheaf.benchmarks.card.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The card benchmark's {@code tag} table for Hibernate. */
@Entity
@Immutable
@Table(name = "tag")
public class CardTag {
  @Id
  private Integer id;

  private String name;

  protected CardTag() {}

  public String getName() {
    return name;
  }
}
