package cn.jiangle.ecojustice.bot.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;

/**
 * Render time per certificate: the first one in a JVM (reads the 5 MB font file), then warm single-thread latency
 * p50/p95 and two-thread throughput, beside a baseline page that holds only the QR code and no text (so the
 * difference is the font's cost). Prints numbers; asserts nothing about speed. Run:
 * {@code ./mvnw -B -o -pl bot -am test -Dtest=CertificatePdfBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.certificates=N} to change the count).
 */
class CertificatePdfBenchmark {

	@Test
	void renderTimePerCertificate() throws Exception {
		int count = Integer.getInteger("bench.certificates", 200);
		System.out.printf("%n=== Certificate PDF benchmark: %d certificates, %d processors ===%n", count,
				Runtime.getRuntime().availableProcessors());

		long start = System.nanoTime();
		byte[] first = CertificatePdf.render(Certificates.sample("JLTH-2026-000000"));
		System.out.printf("first certificate in this JVM (font read, classes loaded): %.1f ms, %,d bytes%n",
				(System.nanoTime() - start) / 1e6, first.length);

		for (int i = 0; i < 20; i++) {
			CertificatePdf.render(Certificates.sample("JLTH-2026-%06d".formatted(i)));
			qrOnlyPage(i);
		}
		double[] baseline = new double[count];
		double[] certificate = new double[count];
		long bytes = 0;
		for (int i = 0; i < count; i++) {
			long t0 = System.nanoTime();
			qrOnlyPage(i);
			long t1 = System.nanoTime();
			bytes += CertificatePdf.render(Certificates.sample("JLTH-2026-%06d".formatted(i))).length;
			long t2 = System.nanoTime();
			baseline[i] = (t1 - t0) / 1e6;
			certificate[i] = (t2 - t1) / 1e6;
		}
		print("baseline: bare PDFBox page, QR only", baseline);
		print("certificate (embedded subset font)", certificate);
		System.out.printf("certificate size: %,d bytes on average%n", bytes / count);

		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			long t0 = System.nanoTime();
			List<Future<byte[]>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String number = "JLTH-2026-%06d".formatted(i);
				futures.add(pool.submit(() -> CertificatePdf.render(Certificates.sample(number))));
			}
			for (Future<byte[]> future : futures) {
				assertThat(future.get()).isNotEmpty();
			}
			double seconds = (System.nanoTime() - t0) / 1e9;
			System.out.printf("two threads: %d certificates in %.2f s = %.1f certificates/s%n", count, seconds,
					count / seconds);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Plain PDFBox, no font at all: one A4 page with the QR code, saved to memory. */
	private static void qrOnlyPage(int i) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			BufferedImage qr = QrCodes.image("核验证书 JLTH-2026-%06d 校验码 000000".formatted(i), 400);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(LosslessFactory.createFromImage(document, qr), 72, 84, 120, 120);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			assertThat(out.size()).isPositive();
		}
	}

	private static void print(String label, double[] millis) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		System.out.printf("%-38s p50 %6.1f ms   p95 %6.1f ms   mean %6.1f ms%n", label,
				sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
				Arrays.stream(millis).average().orElse(0));
	}

}
