package dev.sheaf.benchmarks.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The {@code tag} table for Hibernate. */
@Entity
@Immutable
@Table(name = "tag")
public class TagEntity {
  @Id
  private Integer id;

  private String name;

  protected TagEntity() {}

  public Integer getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
