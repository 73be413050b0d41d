package cn.jiangle.ecojustice.db.labour;

import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Row locks on the restoration file and the case, taken in the restoration file's order (case → file). */
interface LabourFileMapper {

	/** Locks the party's restoration file row; {@code null} when the file has no row yet (nothing was ever done). */
	@Select("SELECT party_id FROM restoration_file WHERE party_id = #{partyId} FOR UPDATE")
	Long lockFile(@Param("partyId") long partyId);

	@Select("SELECT id FROM eco_case WHERE id = #{caseId} FOR UPDATE")
	Long lockCase(@Param("caseId") long caseId);

}
