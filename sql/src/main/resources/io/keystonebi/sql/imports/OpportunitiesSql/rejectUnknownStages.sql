-- The current stage and the earlier stage must both belong to the row's pipeline.
delete from import_stage_opportunities s
using (values ('stage'), ('earlier_stage')) as f (field)
where (case f.field when 'stage' then s.stage else s.earlier_stage end) is not null
  and not exists (
      select 1
      from pipelines p
      join pipeline_stages st on st.pipeline_id = p.id
      where p.location_id = :locationId and p.source_id = s.pipeline
        and st.source_id = (case f.field when 'stage' then s.stage else s.earlier_stage end))
returning s.line_number, f.field, case f.field when 'stage' then s.stage else s.earlier_stage end as value,
          'unknown stage' as problem
