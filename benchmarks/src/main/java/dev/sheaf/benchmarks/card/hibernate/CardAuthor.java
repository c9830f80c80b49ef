package dev.sheaf.benchmarks.card.hibernate;

import jakarta.persistence.Column;
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
 * The card benchmark's {@code author} table for Hibernate. Its books, newest first, load by
 * subselect: one statement for the books of every author the query returned.
 */
@Entity
@Immutable
@Table(name = "author")
public class CardAuthor {
  @Id
  private Long id;

  private String name;

  @Column(name = "country_code")
  private String countryCode;

  @OneToMany(mappedBy = "author")
  @OrderBy("published desc, id")
  @Fetch(FetchMode.SUBSELECT)
  private List<CardBook> books;

  protected CardAuthor() {}

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public List<CardBook> getBooks() {
    return books;
  }
}
