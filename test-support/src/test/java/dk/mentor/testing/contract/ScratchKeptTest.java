package dk.mentor.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.testing.infra.SuiteRoot;
import org.junit.jupiter.api.Test;

class ScratchKeptTest {
    @Test
    void scratch() throws Exception {
        for (String s : new String[] {"catalog", "followup", "matching", "refusion"}) {
            JsonNode doc = new ObjectMapper().readTree(SuiteRoot.file("docs/openapi/" + s + "-service.json").toFile());
            System.out.println("== " + s);
            DocumentRules.operationIds(doc).forEach(System.out::println);
            DocumentRules.schemaNames(doc).forEach(System.out::println);
            EcmaPatterns.javaOnly(doc).forEach(System.out::println);
            Examples.failing(doc).forEach(System.out::println);
            OpenApi30.parserMessages(new ObjectMapper().writeValueAsString(OpenApi30.convert(doc))).forEach(System.out::println);
        }
    }
}
