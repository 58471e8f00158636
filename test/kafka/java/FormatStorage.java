// `kafka-storage format` for every node of a cluster in one JVM (one JVM start
// instead of one per node): args are the format arguments of each node,
// separated by "--next". Calls StorageTool.execute(String[], PrintStream), the
// method its main() delegates to (present from 3.9 through 4.4).
import java.util.ArrayList;
import java.util.List;

public final class FormatStorage {
    public static void main(String[] args) throws Exception {
        List<List<String>> nodes = new ArrayList<>();
        nodes.add(new ArrayList<>());
        for (String arg : args) {
            if (arg.equals("--next")) nodes.add(new ArrayList<>());
            else nodes.get(nodes.size() - 1).add(arg);
        }
        Class<?> tool = Class.forName("kafka.tools.StorageTool");
        java.lang.reflect.Method execute = tool.getMethod("execute", String[].class, java.io.PrintStream.class);
        for (List<String> node : nodes) {
            int code;
            try {
                code = (Integer) execute.invoke(null, node.toArray(new String[0]), System.out);
            } catch (java.lang.reflect.InvocationTargetException e) {
                System.err.println("format " + String.join(" ", node) + ": " + e.getCause());
                code = 1;
            }
            if (code != 0) {
                System.err.println("format " + String.join(" ", node) + " exited " + code);
                System.exit(code);
            }
        }
        System.exit(0);
    }
}
