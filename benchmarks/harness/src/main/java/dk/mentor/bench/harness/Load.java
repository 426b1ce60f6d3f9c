package dk.mentor.bench.harness;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The load client, on the JDK's HTTP client over HTTP/1.1 keep-alive connections to 127.0.0.1.
 *
 * <p>Throughput is measured closed-loop: a fixed number of callers, each sending its next request
 * when the last one answered. Latency at a given rate is measured open-loop: requests are due at
 * fixed intervals whatever the answers do, and each latency counts from the moment the request was
 * due, not from when it went out, so a stalled server is not hidden by a client that politely waits
 * (coordinated omission). At most {@link #MAX_IN_FLIGHT} requests are open at once; beyond that the
 * client falls behind and the wait shows in the latencies.
 */
final class Load {

    static final int MAX_IN_FLIGHT = 64;
    private static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(60);

    /** What becomes of one paced request: its due time (System.nanoTime) and the answer or the error. */
    interface Answered {
        void answered(long due, HttpResponse<Void> response, Throwable error);
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Function<String, String> tokens;

    Load(Function<String, String> tokens) {
        this.tokens = tokens;
    }

    /** {@code callers} threads, each sending one request after the other for {@code seconds}. */
    Outcome closedLoop(Call call, int callers, double seconds) {
        String token = tokens.apply(call.user()); // fetched before the clock starts
        Histogram latencies = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    boolean success = send(call, token);
                    long answered = System.nanoTime();
                    (success ? ok : failed).incrementAndGet();
                    latencies.recordValue(Math.min(HIGHEST_MICROS, (answered - sent) / 1000));
                }
            }, "caller-" + i);
            thread.start();
            threads.add(thread);
        }
        threads.forEach(Load::join);
        return new Outcome(ok.get(), failed.get(), (System.nanoTime() - start) / 1e9, latencies);
    }

    /** Requests due every 1/rate seconds for {@code seconds}; latency from the due time to the answer. */
    Outcome fixedRate(Call call, double rate, double seconds) {
        Histogram latencies = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long notSent = paced(call, rate, seconds, (due, response, error) -> {
            boolean success = error == null && response.statusCode() / 100 == 2;
            (success ? ok : failed).incrementAndGet();
            latencies.recordValue(Math.min(HIGHEST_MICROS, (System.nanoTime() - due) / 1000));
        });
        // a request the client could not send in time counts as failed: the server did not keep up
        return new Outcome(ok.get(), failed.get() + notSent, (System.nanoTime() - start) / 1e9, latencies);
    }

    /**
     * Sends a request at each due time for {@code seconds}; returns when every one sent is answered,
     * with the number of due requests not sent. {@link #MAX_IN_FLIGHT} senders take the due times in
     * turn, each waiting for its own and then for the answer, so at most that many are open. A server
     * that cannot keep up gets fewer, since a due time a sender reaches only after the end is not sent,
     * and a measurement never outlasts its time by more than the open answers.
     * Synchronous senders, not the client's asynchronous calls: those reached only about 1,400 requests
     * a second here, less than half of what eight synchronous callers get through.
     */
    long paced(Call call, double rate, double seconds, Answered answered) {
        String token = tokens.apply(call.user());
        long interval = (long) (1e9 / rate);
        long count = (long) (rate * seconds);
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        AtomicLong next = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < MAX_IN_FLIGHT; i++) {
            Thread sender = new Thread(() -> {
                for (long n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                    long due = start + n * interval;
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    if (System.nanoTime() >= end) {
                        return;
                    }
                    sent.incrementAndGet();
                    try {
                        answered.answered(due, http.send(call.request(token), HttpResponse.BodyHandlers.discarding()), null);
                    } catch (IOException e) {
                        answered.answered(due, null, e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "sender-" + i);
            sender.start();
            senders.add(sender);
        }
        senders.forEach(Load::join);
        return count - sent.get();
    }

    /** A request whose answer the caller needs: status 2xx or an exception naming what came back. */
    HttpResponse<String> exchange(Call call) {
        try {
            HttpResponse<String> response = http.send(call.request(tokens.apply(call.user())),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(call.label() + ": " + response.statusCode() + " " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(call.label() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * One request with its body received to the last byte but not decoded, as the paced senders do; true for
     * a 2xx answer. Decoding it into a string raised this client's CPU per catalogue page of 37 KB from 0.42 to
     * 0.61 ms, taken from the two cores the service runs on: 837-858 pages a second against 943-965.
     */
    private boolean send(Call call, String token) {
        try {
            return http.send(call.request(token), HttpResponse.BodyHandlers.discarding()).statusCode() / 100 == 2;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
