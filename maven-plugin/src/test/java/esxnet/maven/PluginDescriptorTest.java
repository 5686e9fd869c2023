package esxnet.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.AbstractMojo;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The hand-written descriptor and the Mojo classes agree: every goal's class exists and has each parameter as a field of its type. */
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
        List<String> goals = new ArrayList<>();
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            goals.add(text(mojo, "goal"));
            Class<?> type = Class.forName(text(mojo, "implementation"));
            assertTrue(AbstractMojo.class.isAssignableFrom(type), type.getName());
            NodeList params = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int j = 0; j < params.getLength(); j++) {
                Element p = (Element) params.item(j);
                Field f = field(type, text(p, "name"));
                String declared = text(p, "type");
                Class<?> want = declared.equals("boolean") ? boolean.class : Class.forName(declared);
                assertEquals(want, f.getType(), type.getSimpleName() + "." + f.getName());
            }
        }
        assertEquals(List.of("validate", "compile", "check"), goals);
    }

    @Test
    void compileRunsAtGenerateResourcesByDefault() throws Exception {
        NodeList mojos = descriptor().getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (text(mojo, "goal").equals("compile")) assertEquals("generate-resources", text(mojo, "phase"));
        }
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
