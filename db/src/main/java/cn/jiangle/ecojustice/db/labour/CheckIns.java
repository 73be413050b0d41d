package cn.jiangle.ecojustice.db.labour;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.audit.Changes;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.crypto.FieldCipher;
import cn.jiangle.ecojustice.db.crypto.SealedColumns;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 技术打卡: a location and a photo, in either order, within {@link CheckInRules#pairWindow()} of each other, make one
 * day's check-in. A part is validated on arrival (plan confirmed, plan day and daily window, inside the site's radius,
 * photo size, not yet checked in that day) and refused parts are not stored; an accepted part waits in the database
 * (so the other part may arrive on any node) until its pair completes it. Photos and coordinates are sealed at rest;
 * the photo's SHA-256 goes to the ledger. The party's file row is locked, so two nodes completing the same day's
 * check-in record exactly one (the unique key party + day guarantees it too).
 */
public class CheckIns {

	/** Mean earth radius (IUGG), metres. */
	static final double EARTH_RADIUS_METRES = 6_371_008.8;

	private final LabourFiles labour;

	private final LabourAuthority authority;

	private final AuditLedger ledger;

	private final ApplicationEventPublisher events;

	private final CheckInRules rules;

	CheckIns(SqlSessionTemplate sessions, Cases cases, Parties parties, Officers officers, RestorationFiles files,
			FieldCipher cipher, AuditLedger ledger, ApplicationEventPublisher events, Clock clock,
			ObjectProvider<CheckInRules> rules) {
		this.labour = new LabourFiles(sessions, cases, parties, files, cipher, clock);
		this.authority = new LabourAuthority(officers);
		this.ledger = ledger;
		this.events = events;
		this.rules = rules.getIfAvailable(() -> CheckInRules.DEFAULTS);
	}

	/** A part validated against the plan, with the party's file locked. */
	private record Accepted(LabourFiles.Locked file, PlanMapper.Row plan, LocalDate day, Instant at) {
	}

	/**
	 * A location part (WGS-84 degrees) received at {@code at}; completes the check-in when a photo is pending (event
	 * {@link CheckedIn}).
	 * @param actor the party's bound WeChat user ({@code new Actor(externalUserId)}) or the system
	 * @throws NoLabourPlan, PlanNotConfirmed, OutsidePlanPeriod, OutsideCheckInWindow, OutsideSite,
	 * AlreadyCheckedInToday, PathNotLabour, CoordinatesInvalid, NotTheDefendant,
	 * cn.jiangle.ecojustice.db.restoration.CaseClosed
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public CheckInPart location(long partyId, double latitude, double longitude, Instant at, Actor actor) {
		if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
			throw new CoordinatesInvalid();
		}
		Accepted part = accept(partyId, at, actor);
		long distance = distanceMetres(part.plan(), latitude, longitude);
		if (distance > part.plan().radiusMetres()) {
			throw new OutsideSite(distance, part.plan().radiusMetres());
		}
		CheckInMapper.Part photo = pendingPair(partyId, CheckInPartKind.PHOTO, part.at());
		if (photo != null) {
			byte[] image = Base64.getDecoder().decode(open(photo));
			return completed(CheckInPartKind.LOCATION, record(part, latitude, longitude, distance, image,
					photo.contentType(), photo.sha256(), actor));
		}
		String payload = latitude + "," + longitude;
		this.labour.checkIns.keepPart(partyId, CheckInPartKind.LOCATION, part.at(), seal(partyId,
				CheckInPartKind.LOCATION, payload), null, null, null);
		return pending(partyId, CheckInPartKind.LOCATION, part.at());
	}

	/**
	 * A photo part received at {@code at}; completes the check-in when a location is pending (event
	 * {@link CheckedIn}).
	 * @param contentType {@code image/*}; {@code null} is read from the bytes (JPEG, PNG)
	 * @throws PhotoTooLarge, NotAPhoto, NoLabourPlan, PlanNotConfirmed, OutsidePlanPeriod, OutsideCheckInWindow,
	 * AlreadyCheckedInToday, PathNotLabour, NotTheDefendant, cn.jiangle.ecojustice.db.restoration.CaseClosed
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public CheckInPart photo(long partyId, byte[] image, String contentType, Instant at, Actor actor) {
		if (image == null || image.length == 0) {
			throw new NotAPhoto();
		}
		if (image.length > this.rules.photoMaxBytes()) {
			throw new PhotoTooLarge(image.length, this.rules.photoMaxBytes());
		}
		String type = imageType(image, contentType);
		String sha256 = sha256(image);
		Accepted part = accept(partyId, at, actor);
		CheckInMapper.Part location = pendingPair(partyId, CheckInPartKind.LOCATION, part.at());
		if (location != null) {
			String[] degrees = open(location).split(",");
			double latitude = Double.parseDouble(degrees[0]);
			double longitude = Double.parseDouble(degrees[1]);
			long distance = distanceMetres(part.plan(), latitude, longitude);
			return completed(CheckInPartKind.PHOTO,
					record(part, latitude, longitude, distance, image, type, sha256, actor));
		}
		this.labour.checkIns.keepPart(partyId, CheckInPartKind.PHOTO, part.at(),
				seal(partyId, CheckInPartKind.PHOTO, Base64.getEncoder().encodeToString(image)), type,
				(long) image.length, sha256);
		return pending(partyId, CheckInPartKind.PHOTO, part.at());
	}

	/** @throws CheckInNotFound */
	@Transactional(readOnly = true)
	public CheckIn get(long checkInId) {
		return this.labour.checkIn(row(checkInId));
	}

	/** The party's check-ins, oldest day first, with their confirmed work. */
	@Transactional(readOnly = true)
	public List<CheckIn> ofParty(long partyId) {
		return this.labour.checkIns.ofParty(partyId).stream().map(this.labour::checkIn).toList();
	}

	/**
	 * The check-in's photo, unsealed.
	 * @throws CheckInNotFound
	 */
	@Transactional(readOnly = true)
	public byte[] photo(long checkInId) {
		String sealed = this.labour.checkIns.photo(checkInId);
		if (sealed == null) {
			throw new CheckInNotFound(checkInId);
		}
		return Base64.getDecoder().decode(this.labour.cipher()
			.open(sealed, SealedColumns.LABOUR_CHECK_IN_PHOTO.cell(Long.toString(checkInId))));
	}

	/** The rules in force (the bot's {@link CheckInRules} bean, else the defaults). */
	public CheckInRules rules() {
		return this.rules;
	}

	/**
	 * Locks the party's file and checks everything a part must satisfy whatever its kind; refused parts leave nothing
	 * behind (the transaction rolls back).
	 */
	private Accepted accept(long partyId, Instant at, Actor actor) {
		if (at == null) {
			throw new FieldMissing("at", "打卡时间");
		}
		Instant when = at.truncatedTo(ChronoUnit.SECONDS);
		LabourFiles.Locked file = this.labour.lock(partyId, NoLabourPlan::new);
		this.authority.requireDefendant(file.party(), actor, "打卡");
		LabourFiles.requireOpen(file);
		PlanMapper.Row plan = this.labour.plans.currentOf(partyId);
		if (plan == null) {
			throw new NoLabourPlan();
		}
		if (plan.status() != PlanStatus.CONFIRMED) {
			throw new PlanNotConfirmed();
		}
		ZonedDateTime local = when.atZone(this.rules.zone());
		LocalDate day = local.toLocalDate();
		if (day.isBefore(plan.startDate()) || day.isAfter(plan.endDate())) {
			throw new OutsidePlanPeriod(day, plan.startDate(), plan.endDate());
		}
		if (plan.windowFrom() != null
				&& (local.toLocalTime().isBefore(plan.windowFrom()) || local.toLocalTime().isAfter(plan.windowTo()))) {
			throw new OutsideCheckInWindow(plan.windowFrom(), plan.windowTo());
		}
		if (this.labour.checkIns.countOn(partyId, day) > 0) {
			throw new AlreadyCheckedInToday(day);
		}
		return new Accepted(file, plan, day, when);
	}

	/** The other part if it arrived within the pair window of {@code at}; older parts are dropped. */
	private CheckInMapper.Part pendingPair(long partyId, CheckInPartKind kind, Instant at) {
		Duration window = this.rules.pairWindow();
		this.labour.checkIns.deleteStaleParts(partyId, at.minus(window));
		CheckInMapper.Part part = this.labour.checkIns.part(partyId, kind);
		if (part == null || part.receivedAt().isAfter(at.plus(window))) {
			return null;
		}
		return part;
	}

	private CheckIn record(Accepted part, double latitude, double longitude, long distance, byte[] image,
			String contentType, String sha256, Actor actor) {
		long partyId = part.file().party().id();
		LocalDate day = part.day();
		String location = this.labour.cipher()
			.seal(latitude + "," + longitude, SealedColumns.LABOUR_CHECK_IN_LOCATION.cell(partyId + ":" + day));
		try {
			this.labour.checkIns.insert(new CheckInMapper.Row(0, partyId, part.file().kase().id(), part.plan().id(),
					day, location, distance, sha256, image.length, contentType, actor.id(), part.at()));
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyCheckedInToday(day);
		}
		long id = this.labour.checkIns.lastInsertId();
		this.labour.checkIns.insertPhoto(id, this.labour.cipher()
			.seal(Base64.getEncoder().encodeToString(image), SealedColumns.LABOUR_CHECK_IN_PHOTO.cell(Long.toString(id))));
		this.labour.checkIns.deleteParts(partyId);
		// the ledger head is locked until commit: append last
		this.ledger.record(actor, LabourApplications.AUDIT_TYPE, Long.toString(partyId), "labour.checked_in",
				Changes.of()
					.set("checkInId", id)
					.set("planId", part.plan().id())
					.set("day", day)
					.setSensitive("location", location)
					.set("distanceMetres", distance)
					.set("photoSha256", sha256)
					.set("photoBytes", (long) image.length)
					.set("photoContentType", contentType));
		CheckIn checkIn = this.labour.checkIn(this.labour.checkIns.byId(id));
		this.events.publishEvent(new CheckedIn(checkIn, actor));
		return checkIn;
	}

	private CheckInPart completed(CheckInPartKind received, CheckIn checkIn) {
		return new CheckInPart(checkIn.partyId(), received, checkIn.checkedInAt(), null, checkIn);
	}

	private CheckInPart pending(long partyId, CheckInPartKind received, Instant at) {
		return new CheckInPart(partyId, received, at, at.plus(this.rules.pairWindow()), null);
	}

	private String seal(long partyId, CheckInPartKind kind, String payload) {
		return this.labour.cipher().seal(payload, SealedColumns.LABOUR_PART_PAYLOAD.cell(partyId + ":" + kind.name()));
	}

	private String open(CheckInMapper.Part part) {
		return this.labour.cipher()
			.open(part.payload(), SealedColumns.LABOUR_PART_PAYLOAD.cell(part.partyId() + ":" + part.kind().name()));
	}

	private CheckInMapper.Row row(long checkInId) {
		CheckInMapper.Row row = this.labour.checkIns.byId(checkInId);
		if (row == null) {
			throw new CheckInNotFound(checkInId);
		}
		return row;
	}

	private static long distanceMetres(PlanMapper.Row plan, double latitude, double longitude) {
		return Math.round(haversineMetres(plan.latitude().doubleValue(), plan.longitude().doubleValue(), latitude,
				longitude));
	}

	/** Great-circle distance on a sphere of the earth's mean radius: well within a metre at check-in distances. */
	static double haversineMetres(double lat1, double lon1, double lat2, double lon2) {
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double dPhi = Math.toRadians(lat2 - lat1);
		double dLambda = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
		return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	/** The content type to keep: the given {@code image/*} one, or what the bytes say (JPEG, PNG). */
	static String imageType(byte[] image, String contentType) {
		if (contentType != null && !contentType.isBlank()) {
			String type = contentType.strip().toLowerCase(Locale.ROOT);
			int semicolon = type.indexOf(';');
			type = (semicolon >= 0) ? type.substring(0, semicolon).strip() : type;
			if (type.startsWith("image/") && type.length() <= 100) {
				return type;
			}
			throw new NotAPhoto();
		}
		if (image.length >= 3 && (image[0] & 0xff) == 0xFF && (image[1] & 0xff) == 0xD8 && (image[2] & 0xff) == 0xFF) {
			return "image/jpeg";
		}
		if (image.length >= 8 && new String(image, 1, 3, StandardCharsets.US_ASCII).equals("PNG")) {
			return "image/png";
		}
		throw new NotAPhoto();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is unavailable", ex);
		}
	}

}
