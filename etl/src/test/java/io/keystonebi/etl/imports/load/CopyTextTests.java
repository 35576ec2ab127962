package io.keystonebi.etl.imports.load;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.keystonebi.etl.imports.read.SourceHeader;
import io.keystonebi.etl.imports.read.SourceRow;

import static org.assertj.core.api.Assertions.assertThat;

class CopyTextTests {

	@Test
	void valuesAreWrittenInPostgresCopyTextFormat() {
		CopyText copy = new CopyText();
		copy.row(7, new Object[] { "a\tb\\c\nd\0", null, new BigDecimal("1E+3"), Boolean.TRUE, 42L,
				LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 2, 29, 13, 5) });

		assertThat(new String(copy.bytes(), StandardCharsets.UTF_8))
			.isEqualTo("7\ta\\tb\\\\c\\nd\t\\N\t1000\tt\t42\t2024-02-29\t2024-02-29T13:05\n");
	}

	@Test
	void bytesAreWrittenAsByteaHexWithTheBackslashEscapedForCopy() {
		CopyText copy = new CopyText();
		copy.row(1, new Object[] { new byte[] { 0x01, (byte) 0xab, 0x7f } });

		assertThat(new String(copy.bytes(), StandardCharsets.UTF_8)).isEqualTo("1\t\\\\x01ab7f\n");
	}

	@Test
	void quarantinedRowsKeepPlainCsvQuotingOnlyWhereNeeded() {
		SourceHeader header = new SourceHeader("f.csv", List.of("a", "b", "c", "d"));

		assertThat(new SourceRow(2, header, new String[] { "", "x,y", "say \"hi\"", null }).raw())
			.isEqualTo(",\"x,y\",\"say \"\"hi\"\"\",");
	}

}
