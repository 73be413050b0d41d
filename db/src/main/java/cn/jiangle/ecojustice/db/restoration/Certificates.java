package cn.jiangle.ecojustice.db.restoration;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.db.MapperBinding;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.transaction.annotation.Transactional;

/**
 * 认购碳汇证明书. Numbers are {@code JLTH-<year>-<serial>}: JLTH for 将乐碳汇, the year of issue in Beijing time, and
 * a serial from 000001 per year, taken from a per-year counter row that stays locked until the issuing transaction
 * commits — unique on any number of nodes and without gaps (a rolled-back issue gives its serial back).
 */
public class Certificates {

	/** Audit entity type of a certificate (its id is the number). */
	public static final String AUDIT_TYPE = CertificateIssue.AUDIT_TYPE;

	private static final Pattern NUMBER = Pattern.compile("JLTH-\\d{4}-\\d{6,}");

	private final CertificateMapper mapper;

	Certificates(SqlSessionTemplate sessions) {
		this.mapper = MapperBinding.bind(sessions, CertificateMapper.class);
	}

	/**
	 * The certificate with this number, typed loosely (case, spaces, full-width characters); empty when none was
	 * issued with it.
	 */
	@Transactional(readOnly = true)
	public Optional<Certificate> verify(String number) {
		return normalise(number).map(this.mapper::byNumber);
	}

	@Transactional(readOnly = true)
	public Optional<Certificate> ofParty(long partyId) {
		return Optional.ofNullable(this.mapper.byParty(partyId));
	}

	/** The case's certificates by number. */
	@Transactional(readOnly = true)
	public List<Certificate> ofCase(long caseId) {
		return this.mapper.ofCase(caseId);
	}

	/** The canonical form of a typed number, e.g. {@code jlth-2026-000123} → {@code JLTH-2026-000123}. */
	public static Optional<String> normalise(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC)
			.replaceAll("\\s+", "")
			.replace('—', '-')
			.replace('–', '-')
			.toUpperCase(Locale.ROOT);
		return NUMBER.matcher(folded).matches() ? Optional.of(folded) : Optional.empty();
	}

}
