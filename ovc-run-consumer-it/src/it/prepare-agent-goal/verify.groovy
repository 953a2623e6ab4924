// After `mvn verify` of the consumer project: exec:exec's run left its folder, under the agent
// prepare-agent set up, with the option it was given; failsafe's test passed under the same agent.
def runs = new File(basedir, 'target/exec-run/reports/runs')
def folders = runs.listFiles()?.findAll { new File(it, 'run.json').isFile() } ?: []
assert folders.size() == 1 : "expected one run folder in ${runs}, found ${folders}"
def json = new File(folders[0], 'run.json').text
assert json.contains('"pipeline_id": "Weekly-Refunds"') : json
assert json.contains('"status": "success"') : json
assert json.contains('"ref": "ledger.refunds"') : json
assert json.contains('"rows_written": 4') : json
assert json.contains('"type": "worker_cron"') : "the trigger option did not reach the agent: ${json}"

def log = new File(basedir, 'build.log').text
assert log.contains('argLine set to -javaagent:') : 'prepare-agent did not set argLine'
assert !log.contains('ignoring agent option') : 'the agent refused an option'
def it = new File(basedir, 'target/failsafe-reports/TEST-com.example.refunds.WeeklyRefundsIT.xml')
assert it.isFile() : 'failsafe did not run WeeklyRefundsIT'
assert it.text.contains('tests="1"') && it.text.contains('failures="0"') && it.text.contains('errors="0"')
return true
