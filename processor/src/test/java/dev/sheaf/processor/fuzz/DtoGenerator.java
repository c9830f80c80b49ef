package dev.sheaf.processor.fuzz;

import dev.sheaf.processor.fuzz.FuzzCase.Expect;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes the fuzz cases from one seed. Of every 20 cases, 7 are valid by construction, 6 are one
 * known misuse (the mutations in turn), 3 are chaos, 3 a valid graph perturbed and 1 is broken
 * Java. Each case has a seed of its own, so {@link #generate} replays one case alone.
 */
final class DtoGenerator {
  private static final Mutation[] MUTATIONS = Mutation.values();

  private DtoGenerator() {}

  static List<FuzzCase> cases(long seed, int count) {
    SplittableRandom seeds = new SplittableRandom(seed);
    List<FuzzCase> cases = new ArrayList<>();
    for (int number = 0; number < count; number++) {
      cases.add(generate(number, seeds.nextLong()));
    }
    return cases;
  }

  static FuzzCase generate(int number, long seed) {
    Rand rand = new Rand(seed);
    String tag = String.format("%04d", number);
    Graph graph = rand.chance(0.05) ? new Graph("", "C" + tag) : new Graph("fuzz.c" + tag, "");
    int slot = number % 20;
    String shape;
    Expect expect;
    Mutation mutation = null;
    boolean validJava = true;
    if (slot < 7) {
      ValidGraph.build(graph, rand);
      shape = "valid";
      expect = Expect.COMPILES;
    } else if (slot < 13) {
      mutation = MUTATIONS[(number / 20 * 6 + slot - 7) % MUTATIONS.length];
      mutation.apply(graph, rand, ValidGraph.build(graph, rand));
      shape = "mutation " + mutation;
      expect = Expect.FAILS;
    } else if (slot < 16) {
      Chaos.build(graph, rand);
      shape = "chaos";
      expect = Expect.EITHER;
    } else if (slot < 19) {
      Perturbed.build(graph, rand);
      shape = "perturbed";
      expect = Expect.EITHER;
    } else {
      ValidGraph.build(graph, rand);
      BrokenJava.apply(graph, rand);
      graph.caller = false;
      shape = "broken Java";
      expect = Expect.EITHER;
      validJava = false;
    }
    String scope = graph.packageName.isEmpty()
        ? graph.prefix : graph.packageName.replace('.', '/') + "/";
    List<String> repositories = graph.projections().stream()
        .map(Dto::qualifiedRepository).toList();
    return new FuzzCase(number, seed, shape, expect, mutation == null ? null : mutation.expected(),
        validJava, SourceWriter.write(graph), scope, repositories, sqlTexts(graph));
  }

  private static List<String> sqlTexts(Graph graph) {
    List<String> texts = new ArrayList<>();
    for (Dto dto : graph.projections()) {
      for (Member member : dto.members) {
        Ann aggregate = member.annotation(Ann.AGGREGATE);
        for (String attribute : List.of("where", "orderBy")) {
          String text = aggregate == null ? null : aggregate.stringValue(attribute);
          if (text != null && !text.isEmpty()) {
            texts.add(text);
          }
        }
      }
    }
    return texts;
  }
}
