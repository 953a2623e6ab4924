// After `mvn verify` of the modular consumer project: the main module's run and the test's, both under the agent.
def runJson(String workingDirectory) {
    def runs = new File(basedir, "target/${workingDirectory}/reports/runs")
    def folders = runs.listFiles()?.findAll { new File(it, 'run.json').isFile() } ?: []
    assert folders.size() == 1 : "${workingDirectory}: expected one run folder in ${runs}, found ${folders}"
    return new File(folders[0], 'run.json').text
}

['module-run'].each { workingDirectory ->
    def json = runJson(workingDirectory)
    assert json.contains('"pipeline_id": "Daily-Orders"') : "${workingDirectory}: ${json}"
    assert json.contains('"status": "success"') : "${workingDirectory}: ${json}"
    assert json.contains('"ref": "orders.csv"') : "${workingDirectory}: ${json}"
    assert json.contains('"rows_written": 3') : "${workingDirectory}: ${json}"
}

def log = new File(basedir, 'build.log').text
assert !log.contains('two versions of ovc-run-api') : 'the agent saw another copy of the api'
assert !log.contains('agent not started') : 'the agent did not start'
def it = new File(basedir, 'target/failsafe-reports/TEST-com.example.orders.DailyOrdersIT.xml')
assert it.isFile() : "failsafe did not run DailyOrdersIT"
assert it.text.contains('tests="1"') && it.text.contains('failures="0"') && it.text.contains('errors="0"')
return true
