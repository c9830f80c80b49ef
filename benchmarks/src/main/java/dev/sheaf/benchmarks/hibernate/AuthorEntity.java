package dev.sheaf.benchmarks.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Immutable;

/**
 * The {@code author} table for Hibernate. Its books load by subselect: one statement for the
 * books of every author the query returned, on first access to any of them.
 */
@Entity
@Immutable
@Table(name = "author")
public class AuthorEntity {
  @Id
  private Long id;

  private String name;

  @OneToMany(mappedBy = "author")
  @OrderBy("id")
  @Fetch(FetchMode.SUBSELECT)
  private List<BookEntity> books;

  protected AuthorEntity() {}

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public List<BookEntity> getBooks() {
    return books;
  }
}
