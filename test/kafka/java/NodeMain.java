// Starts one Kafka node (kafka.Kafka) and halts it when the test process that
// started it goes away: the harness keeps this JVM's stdin open, so end-of-file
// on stdin means the parent died (a crashed vitest worker must not leave brokers
// running on a shared machine). SIGTERM still reaches Kafka's own shutdown hook
// (a controlled shutdown), SIGKILL is a crash.
public final class NodeMain {
    public static void main(String[] args) throws Exception {
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // keep reading until the parent closes the pipe
                }
            } catch (java.io.IOException ignored) {
                // a broken pipe is the same signal
            }
            Runtime.getRuntime().halt(137);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Class.forName("kafka.Kafka").getMethod("main", String[].class).invoke(null, (Object) args);
    }
}
