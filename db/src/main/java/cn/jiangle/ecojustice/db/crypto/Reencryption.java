package cn.jiangle.ecojustice.db.crypto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.jiangle.ecojustice.db.MapperBinding;
import org.mybatis.spring.SqlSessionTemplate;

/**
 * Re-encrypts every sealed column ({@link SealedColumns#ALL}) under the current key version, after
 * {@code ecojustice.db.crypto.current-version} moved on; values from before rows were bound are rewritten bound.
 * <p>
 * Resumable and safe beside running nodes: it walks each table in cursor order in batches, skips values already
 * under the current key, and replaces a value only if it is still the one it read (compare-and-set), so an
 * interrupted run is simply started again. Values that cannot be decrypted (their key is no longer configured) are
 * left as they are and counted.
 */
public class Reencryption {

	/** What one column looked like after the run. */
	public record ColumnReport(SealedColumn column, int reencrypted, int unreadable, Map<String, Long> prefixes) {

		/** Values not sealed under the current key: re-encryption could not read them. */
		public long outdated(String currentPrefix) {
			String current = currentPrefix.substring(0, currentPrefix.length() - 1);
			return prefixes.entrySet().stream().filter(e -> !e.getKey().equals(current))
				.mapToLong(Map.Entry::getValue).sum();
		}

	}

	/** The outcome of a run over all sealed columns. */
	public record Report(List<ColumnReport> columns, String currentPrefix) {

		public int reencrypted() {
			return columns.stream().mapToInt(ColumnReport::reencrypted).sum();
		}

		public int unreadable() {
			return columns.stream().mapToInt(ColumnReport::unreadable).sum();
		}

		/** Whether every sealed value is now under the current key, so older key versions may be removed. */
		public boolean complete() {
			return columns.stream().allMatch(c -> c.outdated(currentPrefix) == 0);
		}

	}

	private final ReencryptionMapper mapper;

	private final FieldCipher cipher;

	public Reencryption(SqlSessionTemplate sessions, FieldCipher cipher) {
		this.mapper = MapperBinding.bind(sessions, ReencryptionMapper.class);
		this.cipher = cipher;
	}

	/**
	 * Re-encrypts every sealed value not under the current key version.
	 * @param batchSize rows read per query
	 * @param progress told after each batch, one line (column and counts, no values)
	 */
	public Report run(int batchSize, Consumer<String> progress) {
		if (batchSize < 1) {
			throw new IllegalArgumentException("batch size must be positive");
		}
		List<ColumnReport> reports = new ArrayList<>();
		for (SealedColumn column : SealedColumns.ALL) {
			reports.add(run(column, batchSize, progress));
		}
		return new Report(List.copyOf(reports), cipher.currentPrefix());
	}

	private ColumnReport run(SealedColumn column, int batchSize, Consumer<String> progress) {
		String prefix = cipher.currentPrefix();
		Object after = column.cursorStart();
		int reencrypted = 0;
		int unreadable = 0;
		while (true) {
			List<Map<String, Object>> due = mapper.due(column, after, prefix,
					SealedColumns.LARGE.contains(column) ? Math.min(batchSize, SealedColumns.LARGE_BATCH) : batchSize);
			if (due.isEmpty()) {
				break;
			}
			for (Map<String, Object> row : due) {
				SealedColumn.Cell cell = column.cell(String.valueOf(row.get("row_key")));
				String old = (String) row.get("sealed");
				String plaintext;
				try {
					plaintext = cipher.open(old, cell);
				}
				catch (SealedValueUnreadable ex) {
					unreadable++;
					continue;
				}
				reencrypted += mapper.replace(column, row.get("cursor_value"), old,
						cipher.seal(plaintext, cell));
			}
			after = due.get(due.size() - 1).get("cursor_value");
			progress.accept(column + ": " + reencrypted + " re-encrypted, " + unreadable + " unreadable so far");
		}
		Map<String, Long> prefixes = new LinkedHashMap<>();
		for (Map<String, Object> row : mapper.prefixes(column)) {
			prefixes.put(String.valueOf(row.get("prefix")), ((Number) row.get("n")).longValue());
		}
		return new ColumnReport(column, reencrypted, unreadable, Map.copyOf(prefixes));
	}

}
