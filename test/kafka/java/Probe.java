// The harness's eyes on a real cluster: one long-lived JVM per cluster that
// answers JSON-line requests on stdin with one JSON line on stdout. Compiled at
// test time against the kafka-clients jar of the release under test, so it uses
// only Admin/Producer/Consumer APIs present from 3.9 on (ELR getters through
// reflection: TopicPartitionInfo.elr()/lastKnownElr() are absent before KIP-966).
//
// Requests: {"op":"create","topics":[{"name","assignment":[[1,2]],"configs":{}}]}
//           {"op":"describe","topics":["t"]}   metadata only (cheap, for settling)
//           {"op":"probe","topics":["t"],"timeoutMs":3000}   acks=all produce + fetch
//           {"op":"latest","topics":["t"],"timeoutMs":2000}  each leader's high watermark (ListOffsets latest)
//           {"op":"features"}                  finalized feature levels
//           {"op":"elect","type":"PREFERRED"}  Admin.electLeaders on every partition
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeMetadataQuorumOptions;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.FeatureMetadata;
import org.apache.kafka.clients.admin.FinalizedVersionRange;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.QuorumInfo;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.ElectionType;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

public final class Probe {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Admin admin;
    private final String bootstrap;
    private final int requestTimeoutMs;

    /** Talks to the controllers directly (KIP-919, bootstrap.controllers), for the quorum when every broker is down. */
    private final Admin controllerAdmin;

    private Probe(String bootstrap, int requestTimeoutMs, Properties extra, String controllers) {
        this.bootstrap = bootstrap;
        this.requestTimeoutMs = requestTimeoutMs;
        Properties props = common(extra);
        props.put("request.timeout.ms", String.valueOf(requestTimeoutMs));
        props.put("default.api.timeout.ms", String.valueOf(requestTimeoutMs * 4));
        this.admin = Admin.create(props);
        if (controllers == null) {
            this.controllerAdmin = null;
        } else {
            Properties c = new Properties();
            c.putAll(props);
            c.remove("bootstrap.servers");
            c.put("bootstrap.controllers", controllers);
            this.controllerAdmin = Admin.create(c);
        }
    }

    private Properties common(Properties extra) {
        Properties props = new Properties();
        props.putAll(extra);
        props.put("bootstrap.servers", bootstrap);
        props.put("reconnect.backoff.ms", "50");
        props.put("reconnect.backoff.max.ms", "500");
        props.put("retry.backoff.ms", "100");
        props.put("socket.connection.setup.timeout.ms", "1000");
        props.put("socket.connection.setup.timeout.max.ms", "2000");
        props.put("metadata.max.age.ms", "1000");
        return props;
    }

    public static void main(String[] args) throws Exception {
        Properties extra = new Properties();
        String controllers = null;
        for (int i = 2; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (args[i].startsWith("--controllers=")) controllers = args[i].substring(eq + 1);
            else extra.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        Probe probe = new Probe(args[0], Integer.parseInt(args[1]), extra, controllers);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.out.println("{\"ready\":true}");
        System.out.flush();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) continue;
            ObjectNode reply;
            JsonNode request = null;
            try {
                request = JSON.readTree(line);
                reply = probe.handle(request);
            } catch (Throwable t) {
                reply = JSON.createObjectNode();
                reply.put("error", describe(t));
            }
            if (request != null && request.has("id")) reply.set("id", request.get("id"));
            System.out.println(JSON.writeValueAsString(reply));
            System.out.flush();
        }
        probe.admin.close(Duration.ofSeconds(1));
        System.exit(0);
    }

    private ObjectNode handle(JsonNode request) throws Exception {
        String op = request.path("op").asText();
        switch (op) {
            case "create": return create(request.path("topics"));
            case "describe": return describe(strings(request.path("topics")));
            case "probe": return probe(strings(request.path("topics")), request.path("timeoutMs").asInt(3000));
            case "latest": return latest(strings(request.path("topics")), request.path("timeoutMs").asInt(2000));
            case "features": return features();
            case "delete": return delete(strings(request.path("topics")));
            case "elect": return elect(request.path("type").asText("PREFERRED"));
            default: throw new IllegalArgumentException("unknown op '" + op + "'");
        }
    }

    private ObjectNode create(JsonNode topics) throws Exception {
        List<NewTopic> newTopics = new ArrayList<>();
        for (JsonNode t : topics) {
            Map<Integer, List<Integer>> assignment = new HashMap<>();
            int p = 0;
            for (JsonNode replicas : t.path("assignment")) {
                List<Integer> ids = new ArrayList<>();
                for (JsonNode id : replicas) ids.add(id.asInt());
                assignment.put(p++, ids);
            }
            NewTopic nt = new NewTopic(t.path("name").asText(), assignment);
            Map<String, String> configs = new HashMap<>();
            t.path("configs").fields().forEachRemaining(e -> configs.put(e.getKey(), e.getValue().asText()));
            nt.configs(configs);
            newTopics.add(nt);
        }
        admin.createTopics(newTopics).all().get(30, TimeUnit.SECONDS);
        ObjectNode reply = JSON.createObjectNode();
        reply.put("ok", true);
        return reply;
    }

    private ObjectNode delete(List<String> topics) throws Exception {
        Set<String> existing = admin.listTopics().names().get(requestTimeoutMs * 2L, TimeUnit.MILLISECONDS);
        List<String> doomed = new ArrayList<>();
        for (String t : topics) if (existing.contains(t)) doomed.add(t);
        if (!doomed.isEmpty()) admin.deleteTopics(doomed).all().get(30, TimeUnit.SECONDS);
        ObjectNode reply = JSON.createObjectNode();
        reply.put("deleted", doomed.size());
        return reply;
    }

    /** Partitions (leader, replicas, ISR, ELR, last known ELR), live brokers, quorum. */
    private ObjectNode describe(List<String> topics) {
        ObjectNode reply = JSON.createObjectNode();
        try {
            Map<String, TopicDescription> described = admin
                .describeTopics(topics, new DescribeTopicsOptions().timeoutMs(requestTimeoutMs))
                .allTopicNames().get(requestTimeoutMs + 1000L, TimeUnit.MILLISECONDS);
            ArrayNode partitions = reply.putArray("partitions");
            for (String topic : topics) {
                TopicDescription d = described.get(topic);
                for (TopicPartitionInfo info : d.partitions()) {
                    ObjectNode p = partitions.addObject();
                    p.put("topic", topic);
                    p.put("partition", info.partition());
                    Node leader = info.leader();
                    if (leader == null || leader.isEmpty() || leader.id() < 0) p.putNull("leader");
                    else p.put("leader", leader.id());
                    p.set("replicas", ids(info.replicas(), false));
                    p.set("isr", ids(info.isr(), true));
                    List<Node> elr = nodesVia(info, "elr");
                    List<Node> lastKnownElr = nodesVia(info, "lastKnownElr");
                    if (elr != null) p.set("elr", ids(elr, true));
                    if (lastKnownElr != null) p.set("lastKnownElr", ids(lastKnownElr, true));
                }
            }
        } catch (Throwable t) {
            reply.put("partitionsError", describe(t));
        }
        try {
            ArrayNode brokers = reply.putArray("brokers");
            admin.describeCluster().nodes().get(requestTimeoutMs, TimeUnit.MILLISECONDS).stream().map(Node::id).sorted().forEach(brokers::add);
        } catch (Throwable t) {
            reply.remove("brokers");
            reply.put("brokersError", describe(t));
        }
        ObjectNode quorum = reply.putObject("quorum");
        try {
            QuorumInfo q = (controllerAdmin != null ? controllerAdmin : admin).describeMetadataQuorum(new DescribeMetadataQuorumOptions().timeoutMs(requestTimeoutMs))
                .quorumInfo().get(requestTimeoutMs + 1000L, TimeUnit.MILLISECONDS);
            quorum.put("leaderId", q.leaderId());
            quorum.put("leaderEpoch", q.leaderEpoch());
            quorum.put("now", System.currentTimeMillis());
            replicaStates(quorum.putArray("voters"), q.voters());
            replicaStates(quorum.putArray("observers"), q.observers());
        } catch (Throwable t) {
            quorum.put("error", describe(t));
        }
        return reply;
    }

    private static void replicaStates(ArrayNode out, List<QuorumInfo.ReplicaState> states) {
        for (QuorumInfo.ReplicaState v : states) {
            ObjectNode o = out.addObject();
            o.put("id", v.replicaId());
            o.put("logEndOffset", v.logEndOffset());
            if (v.lastFetchTimestamp().isPresent()) o.put("lastFetchTimestamp", v.lastFetchTimestamp().getAsLong());
            if (v.lastCaughtUpTimestamp().isPresent()) o.put("lastCaughtUpTimestamp", v.lastCaughtUpTimestamp().getAsLong());
        }
    }

    /** One acks=all record to every partition (in parallel), then a fetch from each leader. */
    private ObjectNode probe(List<String> topics, int timeoutMs) throws Exception {
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(requestTimeoutMs * 2L, TimeUnit.MILLISECONDS);
        List<TopicPartition> tps = new ArrayList<>();
        for (String topic : topics) for (TopicPartitionInfo info : described.get(topic).partitions()) tps.add(new TopicPartition(topic, info.partition()));
        ObjectNode reply = JSON.createObjectNode();
        java.util.concurrent.CompletableFuture<ObjectNode> produced = java.util.concurrent.CompletableFuture.supplyAsync(() -> produce(tps, timeoutMs));
        reply.set("fetch", fetch(tps, timeoutMs));
        reply.set("produce", produced.get());
        return reply;
    }

    /** The high watermark each partition's leader reports (ListOffsets latest, read uncommitted), or why it did not. */
    private ObjectNode latest(List<String> topics, int timeoutMs) throws Exception {
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(requestTimeoutMs * 2L, TimeUnit.MILLISECONDS);
        List<TopicPartition> tps = new ArrayList<>();
        for (String topic : topics) for (TopicPartitionInfo info : described.get(topic).partitions()) tps.add(new TopicPartition(topic, info.partition()));
        ObjectNode reply = JSON.createObjectNode();
        ObjectNode failures = reply.putObject("errors");
        ObjectNode offsets = reply.putObject("offsets");
        try (Admin fresh = Admin.create(common(new Properties()))) {
            offsets(fresh, tps, OffsetSpec.latest(), timeoutMs, failures).forEach((tp, offset) -> offsets.put(key(tp), offset));
        }
        return reply;
    }

    /**
     * One record per partition, each through its own producer: a producer batches every
     * partition led by the same broker into one request, and the broker answers it only when
     * its slowest partition is done, so a partition waiting for a dead in-sync replica would
     * time out its healthy neighbours with it.
     */
    private ObjectNode produce(List<TopicPartition> tps, int timeoutMs) {
        Properties props = common(new Properties());
        props.put("acks", "all");
        // No idempotence: a fresh idempotent producer needs a producer id, which needs the
        // controller quorum; the probe asks only whether an acks=all write completes.
        props.put("enable.idempotence", "false");
        // No retries inside the producer: NOT_ENOUGH_REPLICAS (ISR below min ISR) is the verdict
        // "not writable" and is reported at once; other retriable errors are retried below.
        props.put("retries", "0");
        props.put("linger.ms", "0");
        props.put("max.block.ms", String.valueOf(timeoutMs));
        props.put("request.timeout.ms", String.valueOf(Math.max(500, timeoutMs - 500)));
        props.put("delivery.timeout.ms", String.valueOf(timeoutMs));
        ObjectNode result = JSON.createObjectNode();
        List<java.util.concurrent.CompletableFuture<String>> outcomes = new ArrayList<>();
        for (TopicPartition tp : tps) outcomes.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> produceOne(props, tp, timeoutMs), WORKERS));
        for (int i = 0; i < tps.size(); i++) result.put(key(tps.get(i)), outcomes.get(i).join());
        return result;
    }

    private static final java.util.concurrent.ExecutorService WORKERS = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "probe-producer");
        t.setDaemon(true);
        return t;
    });

    private static String produceOne(Properties props, TopicPartition tp, int timeoutMs) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            // The first send may block on the topic's metadata; the delivery bound starts after.
            long deadline = System.currentTimeMillis() + timeoutMs + 1000L;
            String lastError = "no answer within " + timeoutMs + " ms";
            for (;;) {
                try {
                    producer.send(new ProducerRecord<>(tp.topic(), tp.partition(), null, ("probe " + System.nanoTime()).getBytes(StandardCharsets.UTF_8)))
                        .get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
                    producer.close(Duration.ZERO);
                    return "ok";
                } catch (Throwable t) {
                    Throwable cause = t instanceof ExecutionException && t.getCause() != null ? t.getCause() : t;
                    lastError = describe(t);
                    boolean verdict = cause instanceof org.apache.kafka.common.errors.NotEnoughReplicasException
                        || !(cause instanceof org.apache.kafka.common.errors.RetriableException)
                        || cause instanceof org.apache.kafka.common.errors.TimeoutException;
                    if (verdict || System.currentTimeMillis() + 100 >= deadline) break;
                    Thread.sleep(100);
                }
            }
            producer.close(Duration.ZERO);
            return lastError;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return describe(e);
        } catch (Throwable t) {
            return describe(t);
        }
    }

    /**
     * Readable: the leader answers ListOffsets, and a partition that holds records
     * returns at least one of them to a fetch from its earliest offset.
     */
    private ObjectNode fetch(List<TopicPartition> tps, int timeoutMs) {
        ObjectNode result = JSON.createObjectNode();
        Map<TopicPartition, Long> earliest;
        Map<TopicPartition, Long> latest;
        // A fresh Admin: the long-lived one may still route to a leader that just died.
        try (Admin fresh = Admin.create(common(new Properties()))) {
            ObjectNode lateFailures = JSON.createObjectNode();
            java.util.concurrent.CompletableFuture<Map<TopicPartition, Long>> late =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> offsets(fresh, tps, OffsetSpec.latest(), timeoutMs, lateFailures));
            earliest = offsets(fresh, tps, OffsetSpec.earliest(), timeoutMs, result);
            latest = late.join();
            latest.keySet().retainAll(earliest.keySet());
            for (TopicPartition tp : earliest.keySet()) if (!latest.containsKey(tp)) result.put(key(tp), lateFailures.path(key(tp)).asText("ListOffsets(latest) failed"));
        }
        List<TopicPartition> toFetch = new ArrayList<>();
        for (TopicPartition tp : latest.keySet()) {
            if (latest.get(tp) > earliest.get(tp)) toFetch.add(tp);
            else result.put(key(tp), "ok (empty)");
        }
        if (toFetch.isEmpty()) return result;
        Properties props = common(new Properties());
        props.put("enable.auto.commit", "false");
        props.put("fetch.max.wait.ms", "100");
        props.put("request.timeout.ms", String.valueOf(timeoutMs));
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(toFetch);
            for (TopicPartition tp : toFetch) consumer.seek(tp, earliest.get(tp));
            Set<TopicPartition> pending = new HashSet<>(toFetch);
            long deadline = System.currentTimeMillis() + timeoutMs;
            while (!pending.isEmpty() && System.currentTimeMillis() < deadline) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    if (pending.remove(tp)) {
                        result.put(key(tp), "ok");
                        consumer.pause(List.of(tp));
                    }
                }
            }
            for (TopicPartition tp : pending) result.put(key(tp), "no record fetched within " + timeoutMs + " ms");
        } catch (Throwable t) {
            for (TopicPartition tp : toFetch) if (!result.has(key(tp))) result.put(key(tp), describe(t));
        }
        return result;
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> tps, OffsetSpec spec, int timeoutMs, ObjectNode failures) {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (TopicPartition tp : tps) request.put(tp, spec);
        ListOffsetsResult listed = admin.listOffsets(request, new ListOffsetsOptions().timeoutMs(timeoutMs));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        long deadline = System.currentTimeMillis() + timeoutMs + 1000L;
        for (TopicPartition tp : tps) {
            try {
                offsets.put(tp, listed.partitionResult(tp).get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS).offset());
            } catch (Throwable t) {
                failures.put(key(tp), describe(t));
            }
        }
        return offsets;
    }

    private ObjectNode features() throws Exception {
        FeatureMetadata metadata = admin.describeFeatures().featureMetadata().get(requestTimeoutMs * 2L, TimeUnit.MILLISECONDS);
        ObjectNode reply = JSON.createObjectNode();
        ObjectNode finalized = reply.putObject("finalized");
        for (Map.Entry<String, FinalizedVersionRange> e : metadata.finalizedFeatures().entrySet()) finalized.put(e.getKey(), e.getValue().maxVersionLevel());
        return reply;
    }

    private ObjectNode elect(String type) throws Exception {
        ObjectNode reply = JSON.createObjectNode();
        Map<TopicPartition, java.util.Optional<Throwable>> results =
            admin.electLeaders(ElectionType.valueOf(type), null).partitions().get(requestTimeoutMs * 5L, TimeUnit.MILLISECONDS);
        ObjectNode partitions = reply.putObject("partitions");
        for (Map.Entry<TopicPartition, java.util.Optional<Throwable>> e : results.entrySet()) {
            partitions.put(key(e.getKey()), e.getValue().map(Probe::describe).orElse("ok"));
        }
        return reply;
    }

    @SuppressWarnings("unchecked")
    private static List<Node> nodesVia(TopicPartitionInfo info, String getter) {
        try {
            return (List<Node>) TopicPartitionInfo.class.getMethod(getter).invoke(info);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static ArrayNode ids(List<Node> nodes, boolean ascending) {
        ArrayNode array = JSON.createArrayNode();
        (ascending ? nodes.stream().map(Node::id).sorted() : nodes.stream().map(Node::id)).forEach(array::add);
        return array;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) out.add(n.asText());
        return out;
    }

    private static String key(TopicPartition tp) {
        return tp.topic() + "-" + tp.partition();
    }

    private static String describe(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof ExecutionException || cause instanceof java.util.concurrent.CompletionException) && cause.getCause() != null) cause = cause.getCause();
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message.split("\n")[0]);
    }
}
