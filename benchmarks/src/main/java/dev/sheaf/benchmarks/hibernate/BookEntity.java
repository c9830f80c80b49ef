package dev.sheaf.benchmarks.hibernate;

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
import java.util.List;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Immutable;

/**
 * The {@code book} table for Hibernate; reviews and tags (through {@code book_tag}) load by
 * subselect, one statement each for all the books loaded with them.
 */
@Entity
@Immutable
@Table(name = "book")
public class BookEntity {
  @Id
  private Long id;

  private String title;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "author_id")
  private AuthorEntity author;

  @OneToMany(mappedBy = "book")
  @OrderBy("id")
  @Fetch(FetchMode.SUBSELECT)
  private List<ReviewEntity> reviews;

  @ManyToMany
  @JoinTable(name = "book_tag", joinColumns = @JoinColumn(name = "book_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"))
  @OrderBy("name")
  @Fetch(FetchMode.SUBSELECT)
  private List<TagEntity> tags;

  protected BookEntity() {}

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public List<ReviewEntity> getReviews() {
    return reviews;
  }

  public List<TagEntity> getTags() {
    return tags;
  }
}
