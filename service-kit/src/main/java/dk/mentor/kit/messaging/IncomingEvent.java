package dk.mentor.kit.messaging;

import dk.mentor.contracts.events.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A record read from Kafka with its CloudEvents headers lifted out. */
public record IncomingEvent(String id, String type, String source, String subject, String municipality,
                            String topic, int partition, long offset, String key, String payload,
                            Map<String, String> headers) {

    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return new IncomingEvent(headers.get(CloudEventHeaders.ID), headers.get(CloudEventHeaders.TYPE),
                headers.get(CloudEventHeaders.SOURCE), headers.get(CloudEventHeaders.SUBJECT),
                headers.get(CloudEventHeaders.MUNICIPALITY), record.topic(), record.partition(), record.offset(),
                record.key(), record.value(), Map.copyOf(headers));
    }

    /** Where the record sits in the log; used to name an event that came without an id. */
    public String position() {
        return topic + "/" + partition + "@" + offset;
    }
}
