package dev.pitlane.helm.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** Where things are in the work tree, wherever Maven was started from. */
public final class Repo {

    private Repo() {
    }

    /** The repository root: the parent of the helm module. */
    public static Path root() {
        Path dir = Paths.get("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("helm/pom.xml")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root (a folder with pom.xml and helm/pom.xml) above " + dir);
    }

    public static Path charts() {
        return root().resolve("helm/charts");
    }

    public static Path umbrellaChart() {
        return charts().resolve("pitlane");
    }

    public static Path libraryChart() {
        return charts().resolve("pitlane-service");
    }

    public static Path k8s() {
        return root().resolve("k8s");
    }

    /** Scratch space under helm/target. */
    public static Path work() {
        Path p = root().resolve("helm/target/helm-work");
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * The Spring Boot service modules present in the work tree: folders at the root with a pom.xml named
     * "gateway" or "*-service". Modules not written yet are simply absent.
     */
    public static List<Path> serviceModules() {
        try (Stream<Path> s = Files.list(root())) {
            return s.filter(Files::isDirectory)
                    .filter(p -> Files.isRegularFile(p.resolve("pom.xml")))
                    .filter(p -> isServiceModuleName(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isServiceModuleName(String name) {
        return name.equals("gateway") || name.endsWith("-service");
    }

    public static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path src, Path dst) {
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path d = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(d);
                } else {
                    Files.createDirectories(d.getParent());
                    Files.copy(p, d, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
