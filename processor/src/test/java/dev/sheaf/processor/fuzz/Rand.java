package dev.sheaf.processor.fuzz;

import java.util.List;
import java.util.Random;

/** The one source of randomness of a case, so a seed replays it exactly. */
final class Rand {
  private final Random random;

  Rand(long seed) {
    random = new Random(seed);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** A number from {@code min} to {@code max}, both included. */
  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  @SafeVarargs
  final <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  void shuffle(List<?> list) {
    java.util.Collections.shuffle(list, random);
  }

  <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }
}
