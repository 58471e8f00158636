import java.io.*;
import java.util.*;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.placement.*;

// The real StripedReplicaPlacer of the release on the jars, fed the same LCG as
// Kafka's test MockRandom. Reads "seed|id:rack:fenced,...|partitions|rf" lines and
// prints the replica lists ("[a,b];[c,d];") or "ERR <message>" for each.
public class PlacerVectors {
    static final class Lcg extends Random {
        private long state;
        Lcg(long seed) { this.state = seed; }
        @Override protected int next(int bits) {
            state = state * 2862933555777941757L + 3037000493L;
            return (int) (state >>> (64 - bits));
        }
    }
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) continue;
            String[] f = line.split("\\|", -1);
            long seed = Long.parseLong(f[0]);
            List<UsableBroker> brokers = new ArrayList<>();
            for (String b : f[1].split(",")) {
                String[] p = b.split(":", -1);
                Optional<String> rack = p[1].isEmpty() ? Optional.empty() : Optional.of(p[1]);
                brokers.add(new UsableBroker(Integer.parseInt(p[0]), rack, p[2].equals("1")));
            }
            int partitions = Integer.parseInt(f[2]);
            short rf = Short.parseShort(f[3]);
            ClusterDescriber cluster = new ClusterDescriber() {
                public Iterator<UsableBroker> usableBrokers() { return brokers.iterator(); }
                public Uuid defaultDir(int brokerId) { return Uuid.ZERO_UUID; }
            };
            try {
                TopicAssignment a = new StripedReplicaPlacer(new Lcg(seed)).place(new PlacementSpec(0, partitions, rf), cluster);
                StringBuilder sb = new StringBuilder();
                for (PartitionAssignment pa : a.assignments()) sb.append(pa.replicas()).append(';');
                System.out.println(sb.toString().replace(" ", ""));
            } catch (Exception e) {
                System.out.println("ERR " + e.getMessage());
            }
        }
    }
}
