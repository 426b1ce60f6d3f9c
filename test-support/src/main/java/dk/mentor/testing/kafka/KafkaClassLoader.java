package dk.mentor.testing.kafka;

import java.util.function.Supplier;

/**
 * Kafka clients load their plugins (metrics reporters, serializers) through the thread's context
 * class loader. Inside a Quarkus test that loader may not be the one that loaded the client, which
 * ends in a ClassCastException; running the client code under its own loader avoids that.
 */
public final class KafkaClassLoader {

    private KafkaClassLoader() {
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(org.apache.kafka.clients.admin.Admin.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
