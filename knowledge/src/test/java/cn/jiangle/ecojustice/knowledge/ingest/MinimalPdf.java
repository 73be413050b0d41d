package cn.jiangle.ecojustice.knowledge.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a real one-page PDF with Chinese text lines, using the non-embedded standard CJK font STSong-Light with the
 * predefined UniGB-UCS2-H encoding (no font file needed), so PDF ingestion is tested on an actual PDF.
 */
public final class MinimalPdf {

	private MinimalPdf() {
	}

	public static byte[] of(List<String> lines) {
		StringBuilder content = new StringBuilder("BT /F1 12 Tf 50 750 Td 16 TL\n");
		for (String line : lines) {
			StringBuilder hex = new StringBuilder();
			for (char c : line.toCharArray()) {
				hex.append(String.format("%04X", (int) c));
			}
			content.append('<').append(hex).append("> Tj T*\n");
		}
		content.append("ET");
		byte[] stream = content.toString().getBytes(StandardCharsets.US_ASCII);
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
				"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
				"<< /Length " + stream.length + " >>\nstream\n" + content + "\nendstream",
				"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>",
				"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(out.size());
			out.writeBytes(((i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n").getBytes(StandardCharsets.US_ASCII));
		}
		int xref = out.size();
		StringBuilder trailer = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
		for (int offset : offsets) {
			trailer.append(String.format("%010d 00000 n \n", offset));
		}
		trailer.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref).append("\n%%EOF\n");
		out.writeBytes(trailer.toString().getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

}
