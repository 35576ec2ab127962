select count(*) from <table>
