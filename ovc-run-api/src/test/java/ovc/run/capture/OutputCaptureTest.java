package ovc.run.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutputCaptureTest {

    private PrintStream realOut;
    private PrintStream realErr;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeEach
    void useFakeConsole() {
        realOut = System.out;
        realErr = System.err;
        PrintStream fake = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(fake);
        System.setErr(fake);
    }

    @AfterEach
    void restoreConsole() {
        while (OutputCapture.isActive()) {
            OutputCapture.stop();
        }
        System.setOut(realOut);
        System.setErr(realErr);
    }

    @Test
    void linesReachBothTheConsoleAndTheRouterOnceInOrder() {
        List<String> lines = new CopyOnWriteArrayList<>();
        OutputCapture.start(lines::add);
        System.out.println("one");
        System.out.print("tw");
        System.out.print("o\r\nthree\n");
        System.err.println("to stderr");
        OutputCapture.stop();

        assertThat(lines).containsExactly("one", "two", "three", "to stderr");
        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo("one\ntwo\r\nthree\nto stderr\n");
    }

    @Test
    void eachThreadsLinesStayWholeAndWithItsThread() throws InterruptedException {
        Map<String, List<String>> byThread = new ConcurrentHashMap<>();
        OutputCapture.start(line -> byThread.computeIfAbsent(Thread.currentThread().getName(),
                name -> new CopyOnWriteArrayList<>()).add(line));
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            String name = "worker-" + t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    System.out.print(name + " line ");
                    System.out.println(i);
                }
            }, name);
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        OutputCapture.stop();

        assertThat(byThread).hasSize(4);
        byThread.forEach((name, lines) -> {
            assertThat(lines).hasSize(200);
            for (int i = 0; i < 200; i++) {
                assertThat(lines.get(i)).isEqualTo(name + " line " + i);
            }
        });
    }

    @Test
    void lastStopPutsTheConsoleBackUnlessTheApplicationReplacedIt() {
        PrintStream before = System.out;
        OutputCapture.start(line -> { });
        OutputCapture.start(line -> { });
        OutputCapture.stop();
        assertThat(System.out).isNotSameAs(before);
        OutputCapture.stop();
        assertThat(System.out).isSameAs(before);

        OutputCapture.start(line -> { });
        PrintStream own = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        System.setOut(own);
        OutputCapture.stop();
        assertThat(System.out).isSameAs(own);
    }

    @Test
    void aLineIsRoutedBeforeItReachesTheConsole() {
        List<String> consoleWhenRouted = new CopyOnWriteArrayList<>();
        OutputCapture.start(line -> consoleWhenRouted.add(console.toString(StandardCharsets.UTF_8)));
        System.out.println("first");
        System.out.println("second");
        OutputCapture.stop();

        assertThat(consoleWhenRouted).containsExactly("", "first\n");
    }

    @Test
    void aRouterThatPrintsDoesNotLoop() {
        List<String> lines = new CopyOnWriteArrayList<>();
        OutputCapture.start(line -> {
            lines.add(line);
            System.err.println("routing " + line);
        });
        System.out.println("x");
        OutputCapture.stop();

        assertThat(lines).containsExactly("x");
        // A line is routed before it reaches the console.
        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo("routing x\nx\n");
    }

    @Test
    void aLineThroughTwoTeesIsRoutedOnce() {
        List<String> lines = new CopyOnWriteArrayList<>();
        OutputCapture.start(lines::add);
        // The application wraps the stream it finds (our tee) and keeps its wrapper after the run.
        System.setOut(new PrintStream(new java.io.FilterOutputStream(System.out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
                out.write(bytes, offset, length);
            }
        }, true, StandardCharsets.UTF_8));
        OutputCapture.stop();
        OutputCapture.start(lines::add);
        System.out.println("once");
        OutputCapture.stop();

        assertThat(lines).containsExactly("once");
        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo("once\n");
    }

    @Test
    void ourOwnWarningsReachTheConsoleButAreNotRouted() {
        List<String> lines = new CopyOnWriteArrayList<>();
        OutputCapture.start(lines::add);
        OutputCapture.printlnUncaptured(System.err, "[ovc-run] WARNING: x");
        System.err.println("printed");
        OutputCapture.stop();

        assertThat(lines).containsExactly("printed");
        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo("[ovc-run] WARNING: x\nprinted\n");
    }
}
