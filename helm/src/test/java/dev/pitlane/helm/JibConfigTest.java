package dev.pitlane.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.helm.support.Repo;
import dev.pitlane.helm.support.Rules;
import dev.pitlane.helm.support.Yamls;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The shared image configuration (jib-maven-plugin in the root pom's pluginManagement): the base and the
 * settings a release image gets, which CI's image build (profile images, on an empty base) cannot show.
 */
class JibConfigTest {

    private static Element jib;
    private static Document pom;

    @BeforeAll
    static void read() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        pom = f.newDocumentBuilder().parse(new InputSource(new StringReader(Repo.read(Repo.root().resolve("pom.xml")))));
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element p = (Element) plugins.item(i);
            if ("jib-maven-plugin".equals(text(p, "artifactId")) && "pluginManagement".equals(p.getParentNode().getParentNode().getNodeName())) {
                jib = p;
            }
        }
        assertThat(jib).as("jib-maven-plugin in the root pom's pluginManagement").isNotNull();
    }

    static Element child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    static Element path(String... names) {
        Element e = child(jib, "configuration");
        for (String n : names) {
            e = e == null ? null : child(e, n);
        }
        return e;
    }

    static String text(Element e, String name) {
        Element c = child(e, name);
        return c == null ? null : c.getTextContent().trim();
    }

    static List<String> texts(Element parent) {
        List<String> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c.getTextContent().trim());
            }
        }
        return out;
    }

    @Test
    void baseImageIsASmallJreAtAnExactVersion() {
        String from = path("from", "image").getTextContent().trim();
        assertThat(from).contains("jre").doesNotContain("jdk");
        assertThat(Rules.imageProblem(from)).as("base image %s", from).isNull();
        assertThat(from).matches(".*(@sha256:[0-9a-f]{64}|:[0-9]+\\.[0-9]+\\.[0-9]+[^:/]*)$");
    }

    @Test
    void runsAsANonRootUser() {
        String user = path("container", "user").getTextContent().trim();
        assertThat(user).matches("[1-9][0-9]*(:[1-9][0-9]*)?");
        // the same ids as the chart's pod security context
        Map<String, Object> values = Yamls.loadMap(Repo.read(Repo.umbrellaChart().resolve("values.yaml")));
        Object uid = Yamls.at(values, "serviceDefaults", "podSecurityContext", "runAsUser");
        assertThat(user).startsWith(uid + ":");
    }

    @Test
    void jvmRespectsTheContainerMemoryAndDiesOnOutOfMemory() {
        List<String> flags = texts(path("container", "jvmFlags"));
        assertThat(flags).contains("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError");
        assertThat(flags).noneMatch(f -> f.startsWith("-Xmx") || f.startsWith("-Xms"));
    }

    @Test
    void imageNameIsPitlaneSlashModuleAndTheMainClassIsLeftToDetection() {
        assertThat(path("to", "image").getTextContent().trim()).isEqualTo("pitlane/${project.artifactId}");
        assertThat(path("container", "mainClass")).isNull();
        assertThat(path("container", "ports")).isNotNull();
        assertThat(texts(path("container", "labels"))).isNotEmpty();
    }

    @Test
    void chartAppVersionIsTheReleaseOfTheMavenVersion() {
        String version = pom.getDocumentElement().getElementsByTagName("version").item(0).getTextContent().trim();
        Map<String, Object> chart = Yamls.loadMap(Repo.read(Repo.umbrellaChart().resolve("Chart.yaml")));
        assertThat(String.valueOf(chart.get("appVersion"))).isEqualTo(version.replace("-SNAPSHOT", ""));
    }
}
