// A real group's settled assignment, for the model's broker-side assignors:
// `GroupAssignments share|consumer BOOTSTRAP GROUP TOPIC MEMBERS PARTITIONS`. Starts MEMBERS
// members (KafkaShareConsumer, or KafkaConsumer with group.protocol=consumer and
// the broker's default assignor), waits until every member is in the group, every
// partition is assigned and the assignment is unchanged for three reads in a
// row, prints one JSON line
// {"members":[[partition, ...], ...]} and halts (the caller's time limit kills it otherwise).
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.ShareMemberDescription;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.KafkaShareConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

public class GroupAssignments {
    public static void main(String[] args) throws Exception {
        String mode = args[0], bootstrap = args[1], group = args[2], topic = args[3];
        int count = Integer.parseInt(args[4]);
        int partitionCount = Integer.parseInt(args[5]);
        for (int i = 0; i < count; i++) {
            Thread member = new Thread(() -> runMember(mode, bootstrap, group, topic));
            member.setDaemon(true);
            member.start();
        }
        Properties a = new Properties();
        a.put("bootstrap.servers", bootstrap);
        String last = null;
        try (Admin admin = Admin.create(a)) {
            int same = 0;
            long deadline = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < deadline) {
                Thread.sleep(1000);
                List<List<Integer>> members = new ArrayList<>();
                try {
                    if (mode.equals("share")) {
                        for (ShareMemberDescription m : admin.describeShareGroups(List.of(group)).describedGroups().get(group).get().members())
                            members.add(partitions(m.assignment().topicPartitions()));
                    } else {
                        for (MemberDescription m : admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get().members())
                            members.add(partitions(m.assignment().topicPartitions()));
                    }
                } catch (java.util.concurrent.ExecutionException notYet) {
                    continue; // the group does not exist until its first member joins
                }
                members.sort((x, y) -> x.toString().compareTo(y.toString()));
                String now = members.toString();
                TreeSet<Integer> covered = new TreeSet<>();
                for (List<Integer> m : members) covered.addAll(m);
                boolean complete = members.size() == count && covered.size() == partitionCount;
                same = complete && now.equals(last) ? same + 1 : 0;
                last = now;
                if (same >= 2) {
                    System.out.println("{\"members\":" + now + "}");
                    System.out.flush();
                    Runtime.getRuntime().halt(0);
                }
            }
        }
        System.out.println("{\"error\":\"the group did not settle within 120 s: " + last + "\"}");
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    private static List<Integer> partitions(java.util.Set<TopicPartition> tps) {
        TreeSet<Integer> sorted = new TreeSet<>();
        for (TopicPartition tp : tps) sorted.add(tp.partition());
        return new ArrayList<>(sorted);
    }

    private static void runMember(String mode, String bootstrap, String group, String topic) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("group.id", group);
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", StringDeserializer.class.getName());
        if (mode.equals("share")) {
            try (KafkaShareConsumer<String, String> consumer = new KafkaShareConsumer<>(p)) {
                consumer.subscribe(List.of(topic));
                while (true) consumer.poll(Duration.ofMillis(200));
            }
        }
        p.put("group.protocol", "consumer");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            while (true) consumer.poll(Duration.ofMillis(200));
        }
    }
}
