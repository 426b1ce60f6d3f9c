package dk.mentor.kit.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every string read from a JSON body passes {@link SafeText} before any code sees it, so an unsafe
 * character is a 400 naming the field (see RequestProblemMappers) instead of a database error.
 */
@Singleton
public class SafeTextModule implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("safe-text").addDeserializer(String.class, new SafeStringDeserializer()));
    }

    static final class SafeStringDeserializer extends StdScalarDeserializer<String> {

        SafeStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && !SafeText.isSafeText(value)) {
                throw context.weirdStringException("", String.class, SafeText.RULE);
            }
            return value;
        }
    }
}
