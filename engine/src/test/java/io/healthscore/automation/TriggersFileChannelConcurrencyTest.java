package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two deliveries appending to the triggers file at once (a shard and serve's loop) never mix their lines. */
class TriggersFileChannelConcurrencyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void should_write_every_line_whole_when_two_threads_append_pages_at_once() throws Exception {
        TriggersFileChannel channel = new TriggersFileChannel(folder.resolve("triggers.jsonl"));
        List<TriggerEvent> page = IntStream.range(0, 300)
                .mapToObj(index -> Events.event("custom-" + index)).toList();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<DeliveryOutcome>>> appends = IntStream.range(0, 6)
                    .mapToObj(round -> threads.submit(() -> channel.deliverAll(page, TriggersFileChannelConcurrencyTest::route))).toList();
            for (Future<List<DeliveryOutcome>> append : appends) {
                assertThat(append.get()).allMatch(DeliveryOutcome.Sent.class::isInstance);
            }
        } finally {
            threads.shutdownNow();
        }

        List<String> lines = Files.readAllLines(channel.file());
        assertThat(lines).hasSize(6 * 300).allSatisfy(line -> assertThat(parse(line).get("trigger").asText())
                .startsWith("custom-"));
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(line, e);
        }
    }

    private static Route route(String trigger) {
        return new Route(trigger, TriggersFileChannel.NAME, true, Recipient.OWNER, Route.Message.NONE);
    }
}
