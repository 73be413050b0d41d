package cn.jiangle.ecojustice.jobs.reminders.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.jiangle.ecojustice.db.outbox.OutboxEnqueued;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * One application node in its own JVM for the cluster tests: the jobs module's auto-configuration against a shared
 * database, with the clustered Quartz JDBC store. {@code --node.slow-ms} makes every outbox write of this node slow
 * (so it is caught holding claimed rows) and {@code --node.marker} names a file it creates once it holds some.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ReminderNode {

	public static void main(String[] args) throws InterruptedException {
		new SpringApplicationBuilder(ReminderNode.class).web(WebApplicationType.NONE).run(args);
		new CountDownLatch(1).await();
	}

	@Bean
	Slowness slowness(@Value("${node.slow-ms:0}") long slowMs, @Value("${node.marker:}") String marker) {
		return new Slowness(slowMs, marker);
	}

	static class Slowness {

		private final long slowMs;

		private final String marker;

		private final AtomicBoolean marked = new AtomicBoolean();

		Slowness(long slowMs, String marker) {
			this.slowMs = slowMs;
			this.marker = marker;
		}

		/* runs inside the dispatcher's transaction, while its claimed rows are locked */
		@EventListener
		void enqueued(OutboxEnqueued event) throws InterruptedException {
			if (!this.marker.isEmpty() && this.marked.compareAndSet(false, true)) {
				try {
					Files.writeString(Path.of(this.marker), "holding");
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			if (this.slowMs > 0) {
				Thread.sleep(this.slowMs);
			}
		}

	}

}
