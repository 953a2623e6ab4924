// After `mvn verify` of the modular project: the main module's own run under the agent, and the test's.
def runs = new File(basedir, 'target/module-run/reports/runs')
def folders = runs.listFiles()?.findAll { new File(it, 'run.json').isFile() } ?: []
assert folders.size() == 1 : "expected one run folder in ${runs}, found ${folders}"
def json = new File(folders[0], 'run.json').text
['"pipeline_id": "Hourly-Prices"', '"status": "success"', '"ref": "EUR_USD"', '"ref": "GBP_USD"',
 '"rows_written": 4'].each { expected ->
    assert json.contains(expected) : "module-run: no ${expected} in ${json}"
}

def log = new File(basedir, 'build.log').text
assert !log.contains('agent not started') : 'the agent did not start'
assert !log.contains('IllegalAccessError') : 'a module edge is missing'
def it = new File(basedir, 'target/failsafe-reports/TEST-com.example.prices.HourlyPricesIT.xml')
assert it.isFile() : "failsafe did not run HourlyPricesIT"
assert it.text.contains('tests="1"') && it.text.contains('failures="0"') && it.text.contains('errors="0"')
assert it.text.contains('name="jdk.module.path"') : 'failsafe did not use the module path'
return true
