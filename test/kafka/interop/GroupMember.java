// A member of a real group for the interop tests: `GroupMember classic|consumer|share BOOTSTRAP GROUP TOPIC`.
// Prints "member" once it has joined (an assignment, or a first share poll) and
// halts when its stdin closes (the test process died or closed it).
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.KafkaShareConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

public class GroupMember {
    public static void main(String[] args) {
        String mode = args[0];
        Properties p = new Properties();
        p.put("bootstrap.servers", args[1]);
        p.put("group.id", args[2]);
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", StringDeserializer.class.getName());
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() >= 0) { }
            } catch (Exception ignored) { }
            Runtime.getRuntime().halt(0);
        });
        watchdog.setDaemon(true);
        watchdog.start();
        boolean said = false;
        if (mode.equals("share")) {
            try (KafkaShareConsumer<String, String> consumer = new KafkaShareConsumer<>(p)) {
                consumer.subscribe(List.of(args[3]));
                while (true) {
                    consumer.poll(Duration.ofMillis(200));
                    if (!said) { System.out.println("member"); System.out.flush(); said = true; }
                }
            }
        }
        p.put("group.protocol", mode);
        if (mode.equals("classic")) p.put("partition.assignment.strategy", "org.apache.kafka.clients.consumer.RangeAssignor");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(args[3]));
            while (true) {
                consumer.poll(Duration.ofMillis(200));
                if (!said && !consumer.assignment().isEmpty()) { System.out.println("member"); System.out.flush(); said = true; }
            }
        }
    }
}
