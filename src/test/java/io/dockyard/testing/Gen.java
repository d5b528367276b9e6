package io.dockyard.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A generator of test inputs for {@link Props}: makes a value from a seeded {@link Random}, and
 * offers smaller values to try when a value breaks a property (so a failure is reported with the
 * shortest input that still breaks it). Generators that build values from parts ({@link #map})
 * keep no shrinks: their failures are reported as generated.
 */
public final class Gen<T> {
    private final Function<Random, T> make;
    private final Function<T, Stream<T>> shrinks;

    private Gen(Function<Random, T> make, Function<T, Stream<T>> shrinks) {
        this.make = make;
        this.shrinks = shrinks;
    }

    public static <T> Gen<T> of(Function<Random, T> make) {
        return new Gen<>(make, v -> Stream.empty());
    }

    public T next(Random random) {
        return make.apply(random);
    }

    /** Candidates smaller than {@code value}, most promising first. */
    public Stream<T> shrink(T value) {
        return shrinks.apply(value);
    }

    /** The same values, shrunk the way {@code like} shrinks its own. */
    public Gen<T> shrinkingAs(Gen<T> like) {
        return new Gen<>(make, like.shrinks);
    }

    public <R> Gen<R> map(Function<T, R> f) {
        return of(r -> f.apply(next(r)));
    }

    public <R> Gen<R> flatMap(Function<T, Gen<R>> f) {
        return of(r -> f.apply(next(r)).next(r));
    }

    /** Only values that pass; gives up loudly if almost none do. */
    public Gen<T> filter(Predicate<T> keep) {
        return new Gen<>(r -> {
            for (int i = 0; i < 1000; i++) {
                T v = next(r);
                if (keep.test(v)) {
                    return v;
                }
            }
            throw new IllegalStateException("the filter rejects nearly every generated value");
        }, v -> shrink(v).filter(keep));
    }

    /** One of these values, shrinking towards the first. */
    @SafeVarargs
    public static <T> Gen<T> oneOfValues(T... values) {
        return values(Arrays.asList(values));
    }

    public static <T> Gen<T> values(List<T> values) {
        List<T> copy = List.copyOf(values);
        return new Gen<>(r -> copy.get(r.nextInt(copy.size())), v -> {
            int at = copy.indexOf(v);
            return at > 0 ? Stream.of(copy.get(0)) : Stream.empty();
        });
    }

    public static Gen<Integer> ints(int min, int max) {
        return new Gen<>(r -> min + (int) (r.nextDouble() * ((double) max - min + 1)), v ->
                v == min ? Stream.empty() : Stream.of(min, min + (v - min) / 2, v - 1).distinct().filter(x -> x < v));
    }

    /** Picks one of the generators, each with its weight; shrinks with all of them. */
    public static <T> Gen<T> weighted(List<Integer> weights, List<Gen<T>> gens) {
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        return new Gen<>(r -> {
            int pick = r.nextInt(total);
            for (int i = 0; i < gens.size(); i++) {
                pick -= weights.get(i);
                if (pick < 0) {
                    return gens.get(i).next(r);
                }
            }
            throw new AssertionError("weights add up");
        }, v -> gens.stream().flatMap(g -> g.shrink(v)).distinct());
    }

    @SafeVarargs
    public static <T> Gen<T> oneOf(Gen<T>... gens) {
        return weighted(java.util.Collections.nCopies(gens.length, 1), List.of(gens));
    }

    /** Lists of {@code min} to {@code max} elements; shrinks by dropping elements, then by shrinking one. */
    public Gen<List<T>> list(int min, int max) {
        return new Gen<>(r -> {
            int n = min + r.nextInt(max - min + 1);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(next(r));
            }
            return List.copyOf(out);
        }, v -> Stream.concat(dropOne(v, min), shrinkOne(v)));
    }

    private Stream<List<T>> dropOne(List<T> v, int min) {
        if (v.size() <= min) {
            return Stream.empty();
        }
        return java.util.stream.IntStream.range(0, v.size()).mapToObj(i -> {
            List<T> copy = new ArrayList<>(v);
            copy.remove(i);
            return List.copyOf(copy);
        });
    }

    private Stream<List<T>> shrinkOne(List<T> v) {
        return java.util.stream.IntStream.range(0, v.size()).boxed().flatMap(i -> shrink(v.get(i)).limit(4).map(s -> {
            List<T> copy = new ArrayList<>(v);
            copy.set(i, s);
            return List.copyOf(copy);
        }));
    }

    /** Strings of up to {@code max} characters drawn from {@code chars}; shrinks by cutting characters out. */
    public static Gen<String> strings(String chars, int max) {
        return text(r -> {
            int n = r.nextInt(max + 1);
            StringBuilder b = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                b.append(chars.charAt(r.nextInt(chars.length())));
            }
            return b.toString();
        });
    }

    /** Any text made by {@code make}, shrinking like {@link #strings}. */
    public static Gen<String> text(Function<Random, String> make) {
        return new Gen<>(make, Gen::shorter);
    }

    /** The string without its second half, first half, then without one character at a time. */
    static Stream<String> shorter(String s) {
        if (s.isEmpty()) {
            return Stream.empty();
        }
        int half = s.length() / 2;
        Stream<String> halves = s.length() > 1 ? Stream.of(s.substring(0, half), s.substring(half)) : Stream.of("");
        Stream<String> singles = java.util.stream.IntStream.range(0, Math.min(s.length(), 64))
                .mapToObj(i -> s.substring(0, i) + s.substring(i + 1));
        return Stream.concat(halves, singles).distinct();
    }
}
