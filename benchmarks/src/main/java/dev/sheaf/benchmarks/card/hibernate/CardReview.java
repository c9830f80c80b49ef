package dev.sheaf.benchmarks.card.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The card benchmark's {@code review} table for Hibernate. */
@Entity
@Immutable
@Table(name = "review")
public class CardReview {
  @Id
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "book_id")
  private CardBook book;

  private int rating;

  protected CardReview() {}

  public Long getId() {
    return id;
  }

  public int getRating() {
    return rating;
  }
}
