<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong and this action did not finish. Your saved data is safe.

{error}

Details are in the log file:
{log}</source>
        <translation>出现问题，此操作未完成。已保存的数据是安全的。

{error}

详细信息见日志文件：
{log}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CentreDesk</source>
        <translation>CentreDesk 社区卫生服务中心管理</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Month in hand:</source>
        <translation>当前月份：</translation>
    </message>
    <message>
        <source>User: {name}</source>
        <translation>用户：{name}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CentreDesk</source>
        <translation>关于 CentreDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Month: {month}</source>
        <translation>月份：{month}</translation>
    </message>
    <message>
        <source>Open a CentreDesk database</source>
        <translation>打开 CentreDesk 数据库</translation>
    </message>
    <message>
        <source>CentreDesk databases (*.db)</source>
        <translation>CentreDesk 数据库 (*.db)</translation>
    </message>
    <message>
        <source>New CentreDesk database</source>
        <translation>新建 CentreDesk 数据库</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>备份已写入 {path}</translation>
    </message>
    <message>
        <source>About CentreDesk</source>
        <translation>关于 CentreDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CentreDesk {version}&lt;/h3&gt;&lt;p&gt;Staff, daily workload, volunteers and month-end performance pay of a community health service centre.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CentreDesk {version}&lt;/h3&gt;&lt;p&gt;社区卫生服务中心的人员、日工作量、志愿者与月末绩效考核。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Staff and rosters</source>
        <translation>人员与排班</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>File refused</source>
        <translation>文件被拒绝</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct these {count} problems and import the file again:</source>
        <translation>未导入任何数据。请更正以下 {count} 个问题后重新导入：</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <source>Has left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Start of employment</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>End of employment</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Basic pay per month</source>
        <translation>每月基本工资</translation>
    </message>
    <message>
        <source>Post or title changes from</source>
        <translation>岗位或职称变更生效日期</translation>
    </message>
    <message>
        <source>basic pay must be a number</source>
        <translation>基本工资必须是数字</translation>
    </message>
</context>
<context>
    <name>StaffRegisterTab</name>
    <message>
        <source>Search by number, name, post or title…</source>
        <translation>按工号、姓名、岗位或职称搜索…</translation>
    </message>
    <message>
        <source>Add staff…</source>
        <translation>新增人员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>入职</translation>
    </message>
    <message>
        <source>End</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>Basic pay</source>
        <translation>基本工资</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>employed</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未入职</translation>
    </message>
    <message>
        <source>Import staff</source>
        <translation>导入人员</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Export staff</source>
        <translation>导出人员</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported {count} staff to {path}</source>
        <translation>已导出 {count} 名人员到 {path}</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff register</source>
        <translation>人员名册</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>self.app</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
</TS>