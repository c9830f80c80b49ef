package dev.sheaf.benchmarks.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The {@code review} table for Hibernate. */
@Entity
@Immutable
@Table(name = "review")
public class ReviewEntity {
  @Id
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "book_id")
  private BookEntity book;

  private int rating;

  private String text;

  protected ReviewEntity() {}

  public Long getId() {
    return id;
  }

  public int getRating() {
    return rating;
  }

  public String getText() {
    return text;
  }
}
