package dev.sheaf.examples.spring;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The article's endpoint: each author with {@code num_books} and {@code books}, in 2 statements
 * however many authors. {@code AuthorRepository} is a bean: sheaf-spring made it one.
 */
@RestController
public class AuthorsController {
  private final AuthorRepository authors;

  AuthorsController(AuthorRepository authors) {
    this.authors = authors;
  }

  /** Every author, or a page: {@code ?limit=20&offset=40}. */
  @GetMapping({"/authors", "/authors/"})
  public List<Author> authors(@RequestParam(name = "limit", required = false) Long limit,
      @RequestParam(name = "offset", required = false) Long offset) {
    if (limit == null && offset == null) {
      return authors.findAll();
    }
    if ((limit != null && limit < 0) || (offset != null && offset < 0)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit and offset must be 0 or more");
    }
    var page = authors.query().orderBy("id");
    if (limit != null) {
      page = page.limit(limit);
    }
    if (offset != null) {
      page = page.offset(offset);
    }
    return page.list();
  }

  @GetMapping("/authors/{id}")
  public Author author(@PathVariable("id") long id) {
    return authors.findById(id).orElseThrow(
        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no author " + id));
  }
}
