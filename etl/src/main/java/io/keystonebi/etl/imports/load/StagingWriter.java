package io.keystonebi.etl.imports.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.postgresql.PGConnection;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;

import io.keystonebi.etl.changes.WarehouseChanges;
import io.keystonebi.etl.imports.mapping.Mapping;
import io.keystonebi.etl.imports.read.SourceRow;
import io.keystonebi.sql.imports.Rejection;
import io.keystonebi.sql.imports.TargetSql;
import io.keystonebi.sql.imports.QuarantineEntry;
import io.keystonebi.sql.imports.ChunkSql;
import io.keystonebi.sql.pii.BlindIndex;
import io.keystonebi.sql.pii.FieldCipher;

/**
 * Writes a chunk in its transaction: COPY valid rows, their personal fields encrypted, into the target's staging
 * table, move rows with unknown
 * references to quarantine, merge the rest by key, record the refused rows and add the chunk's counts to the
 * run. Either all of that commits with the reader's position, or none of it. A chunk that changed warehouse rows
 * reports its location changed once it commits.
 */
public final class StagingWriter implements ItemWriter<ParsedRow> {

	private final DataSource dataSource;

	private final Mapping mapping;

	private final TargetSql targetSql;

	private final ChunkSql chunkSql;

	private final String copySql;

	private final EncryptedFields encryptedFields;

	private final RunContext run;

	private final WarehouseChanges changes;

	/**
	 * Where the chunk's rows go and to which run they count.
	 *
	 * @param runId the import run
	 * @param fileName the file's name, kept with quarantined rows
	 * @param locationId the location rows belong to
	 * @param timezone the location's time zone
	 */
	public record RunContext(long runId, String fileName, long locationId, String timezone) {
	}

	public StagingWriter(DataSource dataSource, Jdbi jdbi, FieldCipher cipher, BlindIndex index, Mapping mapping,
			RunContext run, WarehouseChanges changes) {
		this.dataSource = dataSource;
		this.mapping = mapping;
		this.targetSql = jdbi.onDemand(mapping.target().sql());
		this.chunkSql = jdbi.onDemand(ChunkSql.class);
		this.copySql = ClasspathSqlLocator.create().locate(mapping.target().sql(), "copyStage");
		this.encryptedFields = new EncryptedFields(mapping.target().fields(), cipher, index);
		this.run = run;
		this.changes = changes;
	}

	@Override
	public void write(Chunk<? extends ParsedRow> chunk) throws SQLException, IOException {
		this.chunkSql.commitWithoutWaitingForFlush();
		WarehouseChanges.Mark before = this.changes.mark();
		List<QuarantineEntry> quarantined = new ArrayList<>();
		CopyText copy = new CopyText();
		int staged = 0;
		for (ParsedRow row : chunk) {
			if (row.isRejected()) {
				quarantined.add(new QuarantineEntry(row.source().lineNumber(), row.rejection(), row.source().raw()));
			}
			else {
				copy.row(row.source().lineNumber(), this.encryptedFields.staged(row.values()));
				staged++;
			}
		}
		int rejected = 0;
		if (staged > 0) {
			this.targetSql.createStage();
			copyIn(copy.bytes());
			List<Rejection> rejections = this.targetSql.rejectUnknownReferences(this.run.locationId());
			rejected = rejections.size();
			quarantined.addAll(quarantineEntries(rejections, chunk));
			this.targetSql.merge(this.run.locationId(), this.run.timezone());
		}
		if (!quarantined.isEmpty()) {
			this.chunkSql.quarantine(this.run.runId(), this.run.fileName(), quarantined);
		}
		this.chunkSql.addCounts(this.run.runId(), chunk.size(), staged - rejected, quarantined.size());
		this.changes.publishIfWritten(before, List.of(this.run.locationId()));
	}

	private void copyIn(byte[] rows) throws SQLException, IOException {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(this.copySql, new ByteArrayInputStream(rows));
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private List<QuarantineEntry> quarantineEntries(List<Rejection> rejections, Chunk<? extends ParsedRow> chunk) {
		if (rejections.isEmpty()) {
			return List.of();
		}
		Map<Long, SourceRow> rows = new HashMap<>();
		chunk.forEach((row) -> rows.put(row.source().lineNumber(), row.source()));
		return rejections.stream().map((rejection) -> {
			SourceRow row = rows.get(rejection.lineNumber());
			String reason = "column '" + this.mapping.sourceOf(rejection.field()) + "': " + rejection.problem() + " '"
					+ rejection.value() + "'";
			return new QuarantineEntry(rejection.lineNumber(), reason, (row != null) ? row.raw() : null);
		}).toList();
	}

}
