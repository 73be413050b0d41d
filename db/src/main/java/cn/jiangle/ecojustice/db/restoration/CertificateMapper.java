package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;

interface CertificateMapper {

	String SELECT = """
			SELECT c.number, c.case_id, c.case_number, c.party_id, c.party_name, c.amount, c.tonnes, c.points,
			       c.price_per_tonne, c.price_source, c.price_effective_date, c.issued_at, w.status AS write_off_status
			FROM certificate c LEFT JOIN write_off_item w ON w.certificate_number = c.number""";

	@Select(SELECT + " WHERE c.number = #{number}")
	@Results(id = "certificate", value = {})
	@ConstructorArgs({ @Arg(column = "number", javaType = String.class),
			@Arg(column = "case_id", javaType = long.class), @Arg(column = "case_number", javaType = String.class),
			@Arg(column = "party_id", javaType = long.class), @Arg(column = "party_name", javaType = String.class),
			@Arg(column = "amount", javaType = BigDecimal.class), @Arg(column = "tonnes", javaType = BigDecimal.class),
			@Arg(column = "points", javaType = BigDecimal.class),
			@Arg(column = "price_per_tonne", javaType = BigDecimal.class),
			@Arg(column = "price_source", javaType = String.class),
			@Arg(column = "price_effective_date", javaType = LocalDate.class),
			@Arg(column = "issued_at", javaType = Instant.class),
			@Arg(column = "write_off_status", javaType = WriteOffStatus.class) })
	Certificate byNumber(@Param("number") String number);

	@Select(SELECT + " WHERE c.party_id = #{partyId}")
	@ResultMap("certificate")
	Certificate byParty(@Param("partyId") long partyId);

	@Select(SELECT + " WHERE c.case_id = #{caseId} ORDER BY c.number")
	@ResultMap("certificate")
	List<Certificate> ofCase(@Param("caseId") long caseId);

	/** Takes the next number of the year; the row stays locked until commit, so numbers never repeat. */
	@Insert("""
			INSERT INTO certificate_sequence (year, last_value) VALUES (#{year}, 1)
			ON DUPLICATE KEY UPDATE last_value = last_value + 1""")
	void advance(@Param("year") int year);

	@Select("SELECT last_value FROM certificate_sequence WHERE year = #{year}")
	long current(@Param("year") int year);

	@Insert("""
			INSERT INTO certificate (number, party_id, case_id, case_number, party_name, amount, tonnes, points,
			                         price_per_tonne, price_source, price_effective_date, request_id, issued_by, issued_at)
			VALUES (#{c.number}, #{c.partyId}, #{c.caseId}, #{c.caseNumber}, #{c.partyName}, #{c.amount}, #{c.tonnes},
			        #{c.points}, #{c.pricePerTonne}, #{c.priceSource}, #{c.priceEffectiveDate}, #{requestId}, #{by},
			        #{c.issuedAt})""")
	void insert(@Param("c") Certificate certificate, @Param("requestId") long requestId, @Param("by") String issuedBy);

	@Insert("""
			INSERT INTO write_off_item (certificate_number, party_id, case_id, status, opened_at)
			VALUES (#{number}, #{partyId}, #{caseId}, 'OPEN', #{at})""")
	void openItem(@Param("number") String number, @Param("partyId") long partyId, @Param("caseId") long caseId,
			@Param("at") Instant at);

}
