package dev.sheaf.benchmarks.card.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The card benchmark's {@code publisher} table for Hibernate. */
@Entity
@Immutable
@Table(name = "publisher")
public class CardPublisher {
  @Id
  private Long id;

  private String name;

  protected CardPublisher() {}

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
