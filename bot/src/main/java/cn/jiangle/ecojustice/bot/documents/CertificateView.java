package cn.jiangle.ecojustice.bot.documents;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * What a 认购碳汇证明书 shows, already fit for print: the party's name arrives masked, amounts in yuan, tonnes of CO₂e
 * as issued. Built by the bot from the restoration file's certificate; this package does not know the number format.
 *
 * @param number the certificate number, e.g. {@code JLTH-2026-000123}
 * @param caseNumber 案号 (or the police / procuratorate number the case was opened with)
 * @param maskedPartyName the party's name as chat shows it, e.g. 张*三
 * @param amountYuan the subscription paid, yuan
 * @param tonnes tonnes CO₂e subscribed
 * @param points 碳汇积分 issued
 * @param pricePerTonne the 碳汇交易指导价格 applied, yuan per tonne
 * @param priceSource where that price comes from, shown beside it
 * @param priceEffectiveDate the date the price took effect
 * @param issuedAt when the certificate was issued; printed as a date in China Standard Time
 * @param issuerName the manager that issues it
 * @param verificationText what the QR code encodes; see {@link #verificationTextFor}
 */
public record CertificateView(String number, String caseNumber, String maskedPartyName, BigDecimal amountYuan,
		BigDecimal tonnes, BigDecimal points, BigDecimal pricePerTonne, String priceSource,
		LocalDate priceEffectiveDate, Instant issuedAt, String issuerName, String verificationText) {

	/** The manager that sells the subscriptions and issues the certificates (将法〔2021〕17号 二、4). */
	public static final String JINSEN = "福建金森碳汇科技有限公司";

	/** The officers' command that verifies a certificate; the QR text starts with it. */
	public static final String VERIFY_COMMAND = "核验证书";

	/**
	 * Longest texts, in characters, that still fit the one-page layout (checked there with every field at its
	 * maximum). The price source comes from configuration; validate {@code price-source} against this.
	 */
	public static final int MAX_PRICE_SOURCE = 60;

	static final int MAX_NUMBER = 32;

	static final int MAX_CASE_NUMBER = 40;

	static final int MAX_PARTY_NAME = 20;

	static final int MAX_ISSUER = 20;

	static final int MAX_VERIFICATION_TEXT = 64;

	public CertificateView {
		requireText("number", number, MAX_NUMBER);
		requireText("caseNumber", caseNumber, MAX_CASE_NUMBER);
		requireText("maskedPartyName", maskedPartyName, MAX_PARTY_NAME);
		requirePositive("amountYuan", amountYuan);
		requirePositive("tonnes", tonnes);
		if (points == null || points.signum() < 0) {
			throw new CertificateViewInvalid("points", points == null ? "is missing" : "is negative: " + points);
		}
		requirePositive("pricePerTonne", pricePerTonne);
		requireText("priceSource", priceSource, MAX_PRICE_SOURCE);
		if (priceEffectiveDate == null) {
			throw new CertificateViewInvalid("priceEffectiveDate", "is missing");
		}
		if (issuedAt == null) {
			throw new CertificateViewInvalid("issuedAt", "is missing");
		}
		requireText("issuerName", issuerName, MAX_ISSUER);
		requireText("verificationText", verificationText, MAX_VERIFICATION_TEXT);
	}

	/** A certificate issued by {@link #JINSEN} whose QR code is {@link #verificationTextFor} its own values. */
	public static CertificateView issuedByJinsen(String number, String caseNumber, String maskedPartyName,
			BigDecimal amountYuan, BigDecimal tonnes, BigDecimal points, BigDecimal pricePerTonne, String priceSource,
			LocalDate priceEffectiveDate, Instant issuedAt) {
		requireText("number", number, MAX_NUMBER);
		requirePositive("amountYuan", amountYuan);
		requirePositive("tonnes", tonnes);
		if (issuedAt == null) {
			throw new CertificateViewInvalid("issuedAt", "is missing");
		}
		return new CertificateView(number, caseNumber, maskedPartyName, amountYuan, tonnes, points, pricePerTonne,
				priceSource, priceEffectiveDate, issuedAt, JINSEN,
				verificationTextFor(number, amountYuan, tonnes, issuedAt));
	}

	/**
	 * {@code 核验证书 <number> 校验码 <6 hex>}: an officer who scans the code can paste it as the verify command, and
	 * the check code, derived from the number, amount, tonnes and issue time, shows whether a printed QR belongs to
	 * the record the database returns for that number.
	 */
	public static String verificationTextFor(String number, BigDecimal amountYuan, BigDecimal tonnes,
			Instant issuedAt) {
		return VERIFY_COMMAND + " " + number.strip() + " 校验码 " + checkCode(number, amountYuan, tonnes, issuedAt);
	}

	/** Six upper-case hex digits of SHA-256 over the canonical values; scale-insensitive (100 = 100.00). */
	public static String checkCode(String number, BigDecimal amountYuan, BigDecimal tonnes, Instant issuedAt) {
		String canonical = number.strip() + '|' + amountYuan.stripTrailingZeros().toPlainString() + '|'
				+ tonnes.stripTrailingZeros().toPlainString() + '|' + issuedAt.getEpochSecond();
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().withUpperCase().formatHex(digest, 0, 3);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform provides SHA-256", ex);
		}
	}

	private static void requireText(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new CertificateViewInvalid(field, value == null ? "is missing" : "is blank");
		}
		int length = value.codePointCount(0, value.length());
		if (length > maxLength) {
			throw new CertificateViewInvalid(field, "has " + length + " characters, at most " + maxLength + " fit");
		}
	}

	private static void requirePositive(String field, BigDecimal value) {
		if (value == null) {
			throw new CertificateViewInvalid(field, "is missing");
		}
		if (value.signum() <= 0) {
			throw new CertificateViewInvalid(field, "must be positive, was " + value.toPlainString());
		}
	}

}
