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
import org.apache.ibatis.annotations.Update;

interface PaymentMapper {

	record Row(long id, long partyId, long caseId, BigDecimal amount, BigDecimal pricePerTonne, String priceSource,
			LocalDate priceEffectiveDate, BigDecimal pointsPerTonne, PaymentRequestStatus status, String requestedBy,
			Instant requestedAt, String resolvedBy, Instant resolvedAt, String receiptNumber,
			BigDecimal receivedAmount) {

		CarbonPricing pricing() {
			return new CarbonPricing(this.pricePerTonne, this.priceSource, this.priceEffectiveDate,
					this.pointsPerTonne);
		}

	}

	String SELECT = """
			SELECT id, party_id, case_id, amount, price_per_tonne, price_source, price_effective_date, points_per_tonne,
			       status, requested_by, requested_at, resolved_by, resolved_at, receipt_number, received_amount
			FROM payment_request""";

	@Select(SELECT + " WHERE id = #{id}")
	@Results(id = "request", value = {})
	@ConstructorArgs({ @Arg(column = "id", javaType = long.class), @Arg(column = "party_id", javaType = long.class),
			@Arg(column = "case_id", javaType = long.class), @Arg(column = "amount", javaType = BigDecimal.class),
			@Arg(column = "price_per_tonne", javaType = BigDecimal.class),
			@Arg(column = "price_source", javaType = String.class),
			@Arg(column = "price_effective_date", javaType = LocalDate.class),
			@Arg(column = "points_per_tonne", javaType = BigDecimal.class),
			@Arg(column = "status", javaType = PaymentRequestStatus.class),
			@Arg(column = "requested_by", javaType = String.class),
			@Arg(column = "requested_at", javaType = Instant.class),
			@Arg(column = "resolved_by", javaType = String.class),
			@Arg(column = "resolved_at", javaType = Instant.class),
			@Arg(column = "receipt_number", javaType = String.class),
			@Arg(column = "received_amount", javaType = BigDecimal.class) })
	Row byId(@Param("id") long id);

	@Select(SELECT + " WHERE id = #{id} FOR UPDATE")
	@ResultMap("request")
	Row lock(@Param("id") long id);

	@Select(SELECT + " WHERE pending_party = #{partyId}")
	@ResultMap("request")
	Row pendingOf(@Param("partyId") long partyId);

	@Select(SELECT + " WHERE status = 'PENDING' ORDER BY id")
	@ResultMap("request")
	List<Row> pending();

	@Select(SELECT + " WHERE party_id = #{partyId} ORDER BY id")
	@ResultMap("request")
	List<Row> ofParty(@Param("partyId") long partyId);

	@Select("SELECT id FROM payment_request WHERE receipt_number = #{receipt}")
	Long byReceipt(@Param("receipt") String receiptNumber);

	@Insert("""
			INSERT INTO payment_request (party_id, case_id, amount, price_per_tonne, price_source, price_effective_date,
			                             points_per_tonne, status, requested_by, requested_at)
			VALUES (#{partyId}, #{caseId}, #{amount}, #{pricing.pricePerTonne}, #{pricing.source},
			        #{pricing.effectiveDate}, #{pricing.pointsPerTonne}, 'PENDING', #{by}, #{at})""")
	void insert(@Param("partyId") long partyId, @Param("caseId") long caseId, @Param("amount") BigDecimal amount,
			@Param("pricing") CarbonPricing pricing, @Param("by") String by, @Param("at") Instant at);

	@Select("SELECT LAST_INSERT_ID()")
	long lastInsertId();

	@Update("""
			UPDATE payment_request SET status = #{status}, resolved_by = #{by}, resolved_at = #{at},
			       receipt_number = #{receipt}, received_amount = #{amount}
			WHERE id = #{id}""")
	int resolve(@Param("id") long id, @Param("status") PaymentRequestStatus status, @Param("by") String by,
			@Param("at") Instant at, @Param("receipt") String receiptNumber, @Param("amount") BigDecimal amount);

	@Update("""
			UPDATE payment_request SET status = 'CANCELLED', resolved_by = #{by}, resolved_at = #{at}
			WHERE pending_party = #{partyId}""")
	int cancelPending(@Param("partyId") long partyId, @Param("by") String by, @Param("at") Instant at);

	@Update("UPDATE payment_request SET amount = #{amount} WHERE pending_party = #{partyId}")
	int repricePending(@Param("partyId") long partyId, @Param("amount") BigDecimal amount);

}
