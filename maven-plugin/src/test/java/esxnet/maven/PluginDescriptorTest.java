package esxnet.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.AbstractMojo;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The descriptor maven-plugin-plugin generated from the annotations (target/classes, before the tests run):
 * the three goals, each class a Mojo with every parameter a field of its type, compile and check taking base.
 */
class PluginDescriptorTest {
    private static Document descriptor() throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertNotNull(in);
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static String text(Element e, String tag) {
        return e.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    @Test
    void everyGoalNamesARealMojoAndItsParametersAreItsFields() throws Exception {
        NodeList mojos = descriptor().getElementsByTagName("mojo");
        Map<String, List<String>> goals = new TreeMap<>();
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            List<String> names = new ArrayList<>();
            goals.put(text(mojo, "goal"), names);
            Class<?> type = Class.forName(text(mojo, "implementation"));
            assertTrue(AbstractMojo.class.isAssignableFrom(type), type.getName());
            NodeList params = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int j = 0; j < params.getLength(); j++) {
                Element p = (Element) params.item(j);
                names.add(text(p, "name"));
                Field f = field(type, text(p, "name"));
                String declared = text(p, "type");
                Class<?> want = declared.equals("boolean") ? boolean.class : Class.forName(declared);
                assertEquals(want, f.getType(), type.getSimpleName() + "." + f.getName());
            }
        }
        List<String> shared = List.of("skip", "strict", "topologies", "topologyDirectory");
        assertEquals(shared, goals.get("validate"));
        List<String> trees = new ArrayList<>(List.of("base", "outputDirectory"));
        trees.addAll(shared);
        assertEquals(trees, goals.get("compile"));
        assertEquals(trees, goals.get("check"));
        assertEquals(List.of("check", "compile", "validate"), List.copyOf(goals.keySet()));
    }

    @Test
    void eachGoalRunsInItsPhaseByDefault() throws Exception {
        NodeList mojos = descriptor().getElementsByTagName("mojo");
        Map<String, String> phases = new TreeMap<>();
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            phases.put(text(mojo, "goal"), text(mojo, "phase"));
        }
        assertEquals(Map.of("validate", "validate", "compile", "generate-resources", "check", "verify"), phases);
    }

    @Test
    void theDescriptorIsGeneratedWithThePrefixAndTheRequirements() throws Exception {
        Element plugin = descriptor().getDocumentElement();
        assertEquals("esxnet", text(plugin, "goalPrefix"));
        assertEquals("17", text(plugin, "requiredJavaVersion"));
        assertEquals("3.8.1", text(plugin, "requiredMavenVersion"));
        // maven-plugin-plugin writes the parameter's Javadoc as its description.
        assertTrue(descriptor().getElementsByTagName("description").getLength() > 3);
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new AssertionError(type.getName() + " has no field " + name);
    }
}
