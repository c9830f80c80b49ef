package dev.sheaf.benchmarks.card.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Immutable;

/**
 * The card benchmark's {@code book} table for Hibernate: reviews and tags (through
 * {@code book_tag}) load by subselect, one statement each for all the books loaded with them;
 * the publisher is fetched with the book, by a join.
 */
@Entity
@Immutable
@Table(name = "book")
public class CardBook {
  @Id
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "author_id")
  private CardAuthor author;

  private String title;

  private int pages;

  private LocalDate published;

  @ManyToOne
  @JoinColumn(name = "publisher_id")
  private CardPublisher publisher;

  @OneToMany(mappedBy = "book")
  @OrderBy("id")
  @Fetch(FetchMode.SUBSELECT)
  private List<CardReview> reviews;

  @ManyToMany
  @JoinTable(name = "book_tag", joinColumns = @JoinColumn(name = "book_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"))
  @OrderBy("name")
  @Fetch(FetchMode.SUBSELECT)
  private List<CardTag> tags;

  protected CardBook() {}

  public Long getId() {
    return id;
  }

  public int getPages() {
    return pages;
  }

  public LocalDate getPublished() {
    return published;
  }

  public String getTitle() {
    return title;
  }

  public CardPublisher getPublisher() {
    return publisher;
  }

  public List<CardReview> getReviews() {
    return reviews;
  }

  public List<CardTag> getTags() {
    return tags;
  }
}
